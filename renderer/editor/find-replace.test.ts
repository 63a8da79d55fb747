// Find and replace as pure functions: input document, operation, output document (Slate's fixture style).
import { describe, expect, it } from 'vitest';
import { createDocument, createSection, emptyMeta } from '../../shared/model/factory';
import { findMatches, placeKey, replaceAll, replaceMatch, step } from './find-replace';

function input() {
  const item = createSection(2, '做好低保工作', { runIn: true, paragraphs: ['落实低保标准。', '低保低保。'] });
  return createDocument({
    meta: {
      ...emptyMeta(),
      title: '2027年低保工作要点',
      recipients: '各县低保中心',
      coverParagraphs: ['第一段。', '做好低保。'],
      date: '2027-01-15',
    },
    preamble: ['全年低保工作要求。'],
    sections: [createSection(1, '兜牢底线', { children: [item] })],
  });
}

describe('findMatches', () => {
  it('finds in the title, preamble, headings, body and the 红头 fields, in reading order', () => {
    const doc = input();
    const where = findMatches(doc, '低保').map((m) => `${placeKey(m.place).replace(/[0-9a-f-]{36}/, 'S')}@${m.start}`);
    expect(where).toEqual([
      't@5',
      'p:0@2',
      'h:S@2',
      'b:S:0@2',
      'b:S:1@0',
      'b:S:1@2',
      'm:recipients:@2',
      'm:coverParagraphs:1@2',
    ]);
  });

  it('finds nothing for an empty query, and never in a date', () => {
    expect(findMatches(input(), '')).toEqual([]);
    expect(findMatches(input(), '2027-01')).toEqual([]);
  });
});

describe('replace', () => {
  it('replace all: every match at once, with its count', () => {
    const r = replaceAll(input(), '低保', '最低生活保障');
    expect(r.count).toBe(8);
    expect(findMatches(r.doc, '低保')).toEqual([]);
    const s = r.doc.sections[0].children[0];
    expect(s.heading).toBe('做好最低生活保障工作');
    expect(s.paragraphs).toEqual(['落实最低生活保障标准。', '最低生活保障最低生活保障。']);
    expect(r.doc.meta.title).toBe('2027年最低生活保障工作要点');
    expect(r.doc.meta.recipients).toBe('各县最低生活保障中心');
    expect(r.doc.meta.coverParagraphs).toEqual(['第一段。', '做好最低生活保障。']);
    expect(r.doc.meta.date).toBe('2027-01-15');
  });

  it('replace all with nothing found leaves the very same document', () => {
    const doc = input();
    const r = replaceAll(doc, '养老', '敬老');
    expect(r).toEqual({ doc, count: 0 });
    expect(r.doc).toBe(doc);
  });

  it('replace one: only that match; refused when the text there changed', () => {
    const doc = input();
    const m = findMatches(doc, '低保')[5];
    const next = replaceMatch(doc, m, '低保', '救助')!;
    expect(next.sections[0].children[0].paragraphs[1]).toBe('低保救助。');
    expect(replaceMatch(next, m, '低保', '救助')).toBeNull();
  });

  it('an emptied 红头 field becomes empty (null), as the form stores it', () => {
    const r = replaceAll(input(), '各县低保中心', '');
    expect(r.doc.meta.recipients).toBeNull();
  });
});

describe('step', () => {
  it('goes to the first or last hit first, then wraps around', () => {
    const list = findMatches(input(), '低保');
    expect(step(list, -1, 1)).toBe(0);
    expect(step(list, -1, -1)).toBe(7);
    expect(step(list, 7, 1)).toBe(0);
    expect(step(list, 0, -1)).toBe(7);
    expect(step([], -1, 1)).toBe(-1);
  });
});
