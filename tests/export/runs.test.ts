// The runs the Word export writes: a new run only where the formatting changes. Half-width punctuation
// widened alike sits in one run with its neighbours ("2024),": the marks together), and no paragraph of a
// real notice has two neighbouring text runs with the same properties.
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../shared/export';
import { createDocument, createSection } from '../../shared/model/factory';
import { allFixtures } from './fixtures';
import { all, child, children, openDocx, type XNode } from './ooxml';

const props = (r: XNode) => JSON.stringify(child(r, 'w:rPr') ?? null);
const isText = (r: XNode) => r.children.length === 2 - (child(r, 'w:rPr') ? 0 : 1) && Boolean(child(r, 'w:t'));

async function paragraphsOf(doc: Parameters<typeof exportDocx>[0]): Promise<XNode[]> {
  const bytes = await exportDocx(doc);
  return all(openDocx(bytes).xml('word/document.xml'), 'w:p');
}

describe('runs', () => {
  it('never leaves two neighbouring text runs with the same properties (every fixture)', async () => {
    let checked = 0;
    for (const fixture of allFixtures()) {
      for (const p of await paragraphsOf(fixture.doc)) {
        const runs = children(p, 'w:r');
        for (let i = 1; i < runs.length; i++) {
          if (isText(runs[i - 1]) && isText(runs[i])) {
            expect(props(runs[i]), `${fixture.name}: runs ${i - 1} and ${i} of a paragraph`).not.toBe(
              props(runs[i - 1]),
            );
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('puts neighbouring half-width marks widened alike in one run', async () => {
    const doc = createDocument({ sections: [createSection(1, '标题', { paragraphs: ['甲,,乙..丙,.丁'] })] });
    const para = (await paragraphsOf(doc)).find((p) => all(p, 'w:t').some((t) => t.text.includes('甲')))!;
    const texts = children(para, 'w:r').map((r) => child(r, 'w:t')?.text ?? '');
    expect(texts.join('')).toBe('甲,,乙..丙,.丁');
    expect(texts).toContain(',,');
    expect(texts).toContain('..');
  });
});
