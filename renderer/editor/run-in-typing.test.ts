// Fixture tests of the Word-way run-in split, as Slate's own tests are written: input, operation, output.
import { describe, expect, it } from 'vitest';
import { createDocument, createSection } from '../../shared/model/factory';
import type { Section } from '../../shared/model/types';
import { splitTypedRunIn } from './run-in-typing';
import type { Caret } from './types';

interface Fixture {
  name: string;
  input: Partial<Section> & { heading: string };
  caret: number;
  output: {
    heading: string;
    runIn: boolean;
    paragraphs: string[];
    caret: Caret['block']['kind'];
    offset: number;
  } | null;
}

const FIXTURES: Fixture[] = [
  {
    name: 'a sentence and more typed in a heading: run-in heading and body, caret in the body',
    input: { heading: '完善低保制度。全' },
    caret: 8,
    output: { heading: '完善低保制度', runIn: true, paragraphs: ['全'], caret: 'para', offset: 1 },
  },
  {
    name: 'a heading that only ends with 。 stays a heading (the body is not typed yet)',
    input: { heading: '完善低保制度。' },
    caret: 7,
    output: null,
  },
  {
    name: 'no sentence end: nothing to do',
    input: { heading: '完善低保制度' },
    caret: 6,
    output: null,
  },
  {
    name: 'an existing body stays after the new first paragraph',
    input: { heading: '加强养老服务。提升质量', paragraphs: ['原有正文。'] },
    caret: 11,
    output: { heading: '加强养老服务', runIn: true, paragraphs: ['提升质量', '原有正文。'], caret: 'para', offset: 4 },
  },
  {
    name: 'an already run-in heading: the typed tail goes in front of its body, one printed paragraph',
    input: { heading: '加强养老服务。提升', runIn: true, paragraphs: ['质量。'] },
    caret: 9,
    output: { heading: '加强养老服务', runIn: true, paragraphs: ['提升质量。'], caret: 'para', offset: 2 },
  },
  {
    name: '？ belongs to the heading wording, as the importer keeps it',
    input: { heading: '怎样做好救助？一是摸底' },
    caret: 11,
    output: { heading: '怎样做好救助？', runIn: true, paragraphs: ['一是摸底'], caret: 'para', offset: 4 },
  },
  {
    name: 'the caret before the split stays in the heading',
    input: { heading: '完善低保制度。全面落实' },
    caret: 2,
    output: { heading: '完善低保制度', runIn: true, paragraphs: ['全面落实'], caret: 'heading', offset: 2 },
  },
  {
    name: 'a quotation with a 。 inside is not split there',
    input: { heading: '落实“应保尽保。”要求' },
    caret: 12,
    output: null,
  },
];

describe('splitTypedRunIn', () => {
  for (const f of FIXTURES) {
    it(f.name, () => {
      const section = createSection(2, f.input.heading, { runIn: f.input.runIn, paragraphs: f.input.paragraphs });
      const doc = createDocument({ sections: [createSection(1, '兜牢民生底线', { children: [section] })] });
      const r = splitTypedRunIn(doc, { block: { kind: 'heading', sectionId: section.id }, offset: f.caret });
      if (!f.output) return expect(r).toBeNull();
      const s = r!.doc.sections[0].children[0];
      expect({ heading: s.heading, runIn: s.runIn, paragraphs: s.paragraphs }).toEqual({
        heading: f.output.heading,
        runIn: f.output.runIn,
        paragraphs: f.output.paragraphs,
      });
      expect(s.id).toBe(section.id);
      expect(r!.caret.block.kind).toBe(f.output.caret);
      expect(r!.caret.offset).toBe(f.output.offset);
    });
  }

  it('does nothing outside a heading', () => {
    const doc = createDocument({ sections: [createSection(1, '甲。乙')] });
    expect(splitTypedRunIn(doc, { block: { kind: 'title' }, offset: 0 })).toBeNull();
  });
});
