// What every part of the export needs: the profile, its geometry and the body text metrics.
import { geometryOf, ptToTwips, type Geometry } from './geometry';
import type { RunMetrics } from './measure';
import type { LayoutProfile } from './profile';

export interface Context {
  profile: LayoutProfile;
  g: Geometry;
  /** 3号 body text on the grid: condensed so that 28 characters fill a line */
  body: RunMetrics;
  /** 2号 titles: natural spacing */
  title: RunMetrics;
  /** 4号 版记 text */
  colophon: RunMetrics;
}

const contexts = new WeakMap<LayoutProfile, Context>();

/** The context of a profile, made once per profile object (the per-section layout cache is keyed by it). */
export function contextOf(profile: LayoutProfile): Context {
  let ctx = contexts.get(profile);
  if (!ctx) {
    ctx = makeContext(profile);
    contexts.set(profile, ctx);
  }
  return ctx;
}

function makeContext(profile: LayoutProfile): Context {
  const g = geometryOf(profile);
  const title = ptToTwips(profile.sizes.title);
  const colophon = ptToTwips(profile.sizes.colophon);
  return {
    profile,
    g,
    body: { size: g.bodySize, spacing: g.charSpacing, cell: g.cell },
    title: { size: title, spacing: 0, cell: title },
    colophon: { size: colophon, spacing: 0, cell: colophon },
  };
}
