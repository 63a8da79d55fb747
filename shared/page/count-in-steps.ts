// The status bar's page count for a long 要点 without holding the editor's thread: the first count of a
// 5,000-section document lays out every paragraph (about 250 ms; 700 ms at 20,000), long enough to swallow the
// keystrokes typed meanwhile. Here the layout is done a slice at a time: each step composes the document's first
// few hundred more sections into the export's per-section cache (a prefix numbers its sections as the whole
// document does), and once all are cached the count itself costs only the pagination.
import { contextOf } from '../export/context';
import { compose } from '../export/compose';
import { resolveProfile } from '../export/profile';
import type { Section, YaodianDocument } from '../model/types';
import { pageCountOf, type PageOptions } from './index';

/**
 * Returns a step to call until it returns the page count (null: not yet). Each call before the last composes
 * `perStep` more sections, counted in document order.
 */
export function pageCountInSteps(doc: YaodianDocument, options: PageOptions = {}, perStep = 200): () => number | null {
  const ctx = contextOf(resolveProfile(options.profile));
  let laidOut = 0;
  let all = false;
  return () => {
    if (all) return pageCountOf(doc, options);
    laidOut += perStep;
    const left = { n: laidOut };
    const sections = firstSections(doc.sections, left);
    all = left.n > 0; // the document ran out of sections before the budget did: every section is in it
    compose({ ...doc, sections }, ctx, { withSeal: !!options.withSeal });
    return null;
  };
}

/**
 * The first `left.n` sections in document order, as a tree: a parent cut short is a copy with fewer children,
 * the sections themselves are the document's own objects (the cache is keyed by them).
 */
function firstSections(list: readonly Section[], left: { n: number }): Section[] {
  const out: Section[] = [];
  for (const s of list) {
    if (left.n <= 0) break;
    left.n--;
    const children = firstSections(s.children, left);
    out.push(children.length === s.children.length ? s : { ...s, children });
  }
  return out;
}
