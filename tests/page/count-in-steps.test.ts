// The status bar's page count worked out a slice at a time (shared/page/count-in-steps.ts) is the page model's
// count, on real notices and on a long document that takes many slices, slices that cut parents short included.
import { describe, expect, it } from 'vitest';
import { pageCountOf, layoutPages } from '../../shared/page';
import { pageCountInSteps } from '../../shared/page/count-in-steps';
import type { YaodianDocument } from '../../shared/model/types';
import { bigDocument } from '../compare/big-documents';
import { allFixtures } from '../export/fixtures';

function runSteps(doc: YaodianDocument, perStep?: number): { pages: number; steps: number } {
  const step = pageCountInSteps(doc, {}, perStep);
  for (let steps = 1; steps < 10_000; steps++) {
    const pages = step();
    if (pages !== null) return { pages, steps };
  }
  throw new Error('the count never ended');
}

describe('the page count in steps', () => {
  it.each(allFixtures().map((f) => [f.name, f] as const))('%s: the page model’s count', (_name, f) => {
    if (f.options?.profile || f.options?.withSeal) return; // the status bar counts with the default profile
    expect(runSteps(structuredClone(f.doc)).pages).toBe(layoutPages(f.doc).pageCount);
  });

  it('a 5,000-section document: 26 slices of 200 sections, then the count of an uncached copy', () => {
    const doc = bigDocument(3, true, 50);
    const { pages, steps } = runSteps(doc, 200);
    expect(steps).toBe(Math.ceil(5_000 / 200) + 2); // the last slice finds nothing left, then the count
    expect(pages).toBe(pageCountOf(structuredClone(doc)));
    expect(pages).toBeGreaterThan(500);
  });

  it('numbers each slice as the whole document does (the cached headings carry the right labels)', () => {
    const doc = bigDocument(4, true, 20);
    runSteps(doc, 137); // slices that cut parents short
    const cachedCount = pageCountOf(doc);
    expect(cachedCount).toBe(pageCountOf(structuredClone(doc)));
    expect(layoutPages(doc).pages.map((p) => p.lines.length)).toEqual(
      layoutPages(structuredClone(doc)).pages.map((p) => p.lines.length),
    );
  });
});
