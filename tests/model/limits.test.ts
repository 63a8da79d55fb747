// The document limits (shared/model/limits.ts): decided once, checked before the expensive work, the same for
// import and save, with a Chinese message naming the limit and by how much it was passed.
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { importBytes } from '../../shared/import';
import { fromJson } from '../../shared/model/interchange';
import { assertJsonDepth, LimitError, LIMITS, measureDocument } from '../../shared/model/limits';
import { createDocument, createSection } from '../../shared/model/factory';
import { computeNumbers } from '../../shared/model/numbering';
import { openHarness, type Harness } from '../store/harness';

const utf8 = (s: string) => new TextEncoder().encode(s);
const json = (v: unknown) => utf8(JSON.stringify(v));

async function refusal(run: () => Promise<unknown>): Promise<Error> {
  try {
    await run();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a refusal');
}

/** One Chinese line: no stack trace, no English words from a library. */
function expectChineseLine(message: string): void {
  expect(message).not.toContain('\n');
  expect(message).toMatch(/[\u4e00-\u9fff]/);
  expect(message).not.toMatch(/\b(?:Invalid|expected|position|Maximum|undefined|Error)\b/);
}

let h: Harness | undefined;
afterEach(() => h?.close());

describe('document limits', () => {
  it('refuses interchange JSON with 200,000 sections by the sections limit, saying by how much', async () => {
    const sections = Array.from({ length: 200_000 }, () => ({ level: 1, heading: '标题' }));
    const err = await refusal(() => importBytes(json({ sections }), 'big.json'));
    expect(err).toBeInstanceOf(LimitError);
    expect(err.message).toContain('标题（章节）数为 200,000 个，超过上限 20,000 个（多出 180,000 个）');
    expectChineseLine(err.message);
  });

  it('refuses a text of numbered lines past the character limit before parsing it', async () => {
    const text = '（一）标题。\n'.repeat(Math.ceil((LIMITS.totalChars + 10) / 7));
    const err = await refusal(() => importBytes(utf8(text), 'big.txt'));
    expect(err).toBeInstanceOf(LimitError);
    expect((err as LimitError).limit).toBe('totalChars');
    expectChineseLine(err.message);
  });

  it('numbers 12,000 sections past 9,999 (一万二千), and refuses 25,000 by the sections limit', async () => {
    const doc = await importBytes(utf8('（一）标题。\n'.repeat(12_000)), 'many.txt');
    expect(doc.sections).toHaveLength(12_000);
    const numbers = computeNumbers(doc.sections, doc.numbering);
    const label = (i: number) => numbers.get(doc.sections[i].id)?.label;
    expect([label(9_998), label(9_999), label(10_009), label(11_999)]).toEqual([
      '（九千九百九十九）',
      '（一万）',
      '（一万零一十）',
      '（一万二千）',
    ]);
    const err = await refusal(() => importBytes(utf8('（一）标题。\n'.repeat(25_000)), 'more.txt'));
    expect(err).toBeInstanceOf(LimitError);
    expect(err.message).toMatch(/标题（章节）数为 25,000 个，超过上限 20,000 个（多出 5,000 个）/);
  });

  it('refuses JSON nested 20,000 deep by depth, without overflowing the stack', async () => {
    let deep: unknown = [];
    for (let i = 0; i < 20_000; i++) deep = [deep];
    expect(() => assertJsonDepth(deep)).toThrow(LimitError);
    const text = `{"sections":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    const err = await refusal(() => importBytes(utf8(text), 'deep.json'));
    expect(err.message).toContain('数据嵌套层数为 20,001 层，超过上限 64 层');
    expectChineseLine(err.message);
  });

  it('says where JSON is broken in Chinese, and names the field zod refused', async () => {
    const broken = await refusal(() => importBytes(utf8('{\n  "sections": [ { "level": 1, }\n]}'), 'a.json'));
    expect(broken.message).toMatch(/第 2 行第 \d+ 个字符附近/);
    expectChineseLine(broken.message);
    const wrong = await refusal(async () => fromJson({ sections: [{ level: 1, paragraphs: 'x' }] }));
    expect(wrong.message).toContain('“章节 › 第 1 项 › 正文段落” 应为列表，实际为文字');
    expectChineseLine(wrong.message);
  });

  it('what imports must save: a paragraph past the limit is refused at import, one within it saves', async () => {
    const long = '长'.repeat(LIMITS.paragraphChars + 1);
    const err = await refusal(() => importBytes(utf8(`2024年工作要点\n一、总体要求\n${long}`), 'long.txt'));
    expect(err.message).toContain('一段的字数为 100,001 字，超过上限 100,000 字（多出 1 字）');

    h = openHarness();
    const ok = '长'.repeat(LIMITS.paragraphChars - 1) + '。';
    const doc = await importBytes(utf8(`2024年工作要点\n一、总体要求\n${ok}`), 'ok.txt');
    const created = await h.ok('documents.create', { document: doc });
    const edited = {
      ...created.document,
      sections: [{ ...created.document.sections[0], heading: '总体要求（修改）' }],
    };
    expect((await h.edit(created.summary.id, () => edited)).summary.id).toBe(created.summary.id);
  });

  it('holds the notice fields and attachment tables to the limits save uses', async () => {
    const title = await refusal(() => importBytes(json({ meta: { noticeTitle: '题'.repeat(3_000) } }), 'a.json'));
    expect(title.message).toContain(
      '一项通知信息（如标题、主送机关）的字数为 3,000 字，超过上限 2,000 字（多出 1,000 字）',
    );
    const row = Array(LIMITS.tableColumns + 1).fill('格');
    const wide = await refusal(() =>
      importBytes(
        json({ appendices: [{ label: '附件1', blocks: [{ kind: 'table', rows: [row], headerRows: 0 }] }] }),
        'b.json',
      ),
    );
    expect(wide.message).toContain('附件表格一行的格数为 101 格，超过上限 100 格');
    const doc = {
      ...createDocument(),
      appendices: [{ label: '附件1', title: null, blocks: [{ kind: 'table' as const, rows: [row], headerRows: 0 }] }],
    };
    expect(contract['documents.save'].safeParse({ id: 'x', document: doc }).success).toBe(false);
  });

  it('derives the contract limits from the same constants', () => {
    const section = (paragraphs: string[]) => ({
      id: 'a',
      level: 1,
      heading: '',
      runIn: false,
      paragraphs,
      children: [],
    });
    const doc = (paragraphs: string[]) => ({ ...createDocument(), sections: [section(paragraphs)] });
    const create = contract['documents.create'];
    expect(create.safeParse({ document: doc(['字'.repeat(LIMITS.paragraphChars)]) }).success).toBe(true);
    expect(create.safeParse({ document: doc(['字'.repeat(LIMITS.paragraphChars + 1)]) }).success).toBe(false);
    expect(create.safeParse({ document: doc(Array(LIMITS.paragraphs + 1).fill('段')) }).success).toBe(false);
    // the autosave's change set is held to the same numbers
    const save = contract['documents.save'];
    const row = (paragraphs: string[]) => ({
      id: 'a',
      parentId: null,
      position: 0,
      level: 1,
      heading: '',
      runIn: false,
      paragraphs,
    });
    const changes = (paragraphs: string[]) => ({ upsert: [row(paragraphs)], remove: [] });
    expect(
      save.safeParse({ id: 'x', version: 1, changes: changes(['字'.repeat(LIMITS.paragraphChars)]) }).success,
    ).toBe(true);
    expect(
      save.safeParse({ id: 'x', version: 1, changes: changes(['字'.repeat(LIMITS.paragraphChars + 1)]) }).success,
    ).toBe(false);
    expect(contract['import.parseText'].safeParse({ text: 'x'.repeat(LIMITS.totalChars + 1) }).success).toBe(false);
  });

  it('refuses a save that passes the whole-document limits the schema cannot see', async () => {
    h = openHarness();
    // a draft just within the sections limit; then one autosave's change set of four new sections (well within
    // the schema) would take it past the limit
    const children = () => Array.from({ length: LIMITS.sections / 2 - 2 }, () => createSection(2, '项'));
    const full = {
      ...createDocument(),
      sections: [createSection(1, '甲', { children: children() }), createSection(1, '乙', { children: children() })],
    };
    const created = await h.ok('documents.create', { document: full });
    const more = ['丙', '丁', '戊', '己'].map((h) => createSection(1, h)); // 19,998 + 4 = 20,002
    const e = await h.editFail(created.summary.id, (d) => ({ ...d, sections: [...d.sections, ...more] }));
    expect(e.code).toBe('invalid-input');
    expect(e.message).toContain('超过上限 20,000 个（多出 2 个）');
  });

  it('measures without recursion', () => {
    let section = createSection(4, '底');
    for (let i = 0; i < 50_000; i++) section = { ...createSection(1, '层'), children: [section] };
    expect(measureDocument({ ...createDocument(), sections: [section] }).depth).toBe(50_001);
  });
});
