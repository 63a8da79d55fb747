// import.*, export.docx, check.*, compare.documents and newYear.* through the handlers, with the real
// format modules.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { flatten } from '../../shared/model/tree';
import { readSeed, seedPath, tempDir } from '../helpers/paths';
import { openHarness, sampleDocument, type Harness } from '../store/harness';

let h: Harness;
afterEach(() => h?.close());

const headings = (doc: { sections: Parameters<typeof flatten>[0] }) =>
  flatten(doc.sections).map((f) => `${f.section.level}${f.section.heading}`);

describe('import', () => {
  it('parses text without storing anything', async () => {
    h = openHarness();
    const { document } = await h.ok('import.parseText', { text: readSeed('jilin') });
    expect(document.sections.length).toBeGreaterThan(3);
    expect(await h.ok('documents.list', {})).toEqual([]);
  });

  it('imports pasted text, a file path and file bytes into stored documents with a first snapshot', async () => {
    h = openHarness();
    const fromText = await h.ok('import.text', { text: readSeed('jilin'), name: '吉林.txt' });
    expect(fromText.summary.year).toBe(2024);
    expect(fromText.summary.sectionCount).toBe(flatten(fromText.document.sections).length);
    expect((await h.ok('documents.get', { id: fromText.summary.id })).document).toEqual(fromText.document);
    const revs = await h.ok('revisions.list', { documentId: fromText.summary.id });
    expect(revs.map((r) => [r.reason, r.label])).toEqual([['auto', '导入：吉林.txt']]);

    const fromFile = await h.ok('import.file', { path: seedPath('jilin') });
    expect(headings(fromFile.document)).toEqual(headings(fromText.document));
    expect((await h.ok('revisions.list', { documentId: fromFile.summary.id }))[0].label).toBe(
      '导入：jilin-2024-province-notice.txt',
    );

    const base64 = readFileSync(seedPath('maoji')).toString('base64');
    const fromBytes = await h.ok('import.bytes', { name: '茂吉.txt', dataBase64: base64 });
    expect(fromBytes.document.sections.length).toBeGreaterThan(0);
    expect(fromBytes.summary.year).toBe(2025);
    expect((await h.ok('documents.list', {})).length).toBe(3);
  });

  it('answers bad-file in Chinese naming the file, storing nothing', async () => {
    h = openHarness();
    const missing = join(tempDir(), '没有这个文件.txt');
    const e1 = await h.fail('import.file', { path: missing });
    expect(e1.code).toBe('bad-file');
    expect(e1.message).toContain(missing);
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('base64');
    const e2 = await h.fail('import.bytes', { name: '乱码.bin', dataBase64: binary });
    expect(e2.code).toBe('bad-file');
    expect(e2.message).toContain('“乱码.bin”');
    const e3 = await h.fail('import.bytes', { name: '空.txt', dataBase64: '' });
    expect(e3).toEqual({ code: 'bad-file', message: '无法导入“空.txt”：文件是空的。' });
    const big = Buffer.alloc(20 * 1024 * 1024 + 10, 0x41).toString('base64');
    const e4 = await h.fail('import.bytes', { name: '大.txt', dataBase64: big });
    expect(e4.code).toBe('bad-file');
    expect(e4.message).toContain('文件过大');
    expect(await h.ok('documents.list', {})).toEqual([]);
  });
});

describe('export.docx', () => {
  it('exports, snapshots what was exported, and reports an unwritable target without a snapshot', async () => {
    h = openHarness();
    const { summary } = await h.ok('documents.create', { document: sampleDocument() });
    const target = join(tempDir(), '2024年要点.docx');
    const r = await h.ok('export.docx', { id: summary.id, path: target });
    expect(existsSync(target)).toBe(true);
    expect(r.bytes).toBe(statSync(target).size);
    expect(r.profile).toBe('gbt9704-2012');
    const exports = (await h.ok('revisions.list', { documentId: summary.id })).filter((x) => x.reason === 'export');
    expect(exports.map((x) => x.label)).toEqual(['导出：2024年要点.docx']);
    // a target that cannot be written: io in Chinese naming the path, and no second snapshot
    const nowhere = join(tempDir(), '不存在的文件夹', '要点.docx');
    const failed = await h.call('export.docx', { id: summary.id, path: nowhere });
    expect(failed.ok).toBe(false);
    if (!failed.ok) {
      expect(failed.error.code).toBe('io');
      expect(failed.error.message).toContain('不存在的文件夹');
    }
    expect(
      (await h.ok('revisions.list', { documentId: summary.id })).filter((x) => x.reason === 'export'),
    ).toHaveLength(1);
  });

  it('lays out 署名 and 成文日期 for a seal only when asked', async () => {
    h = openHarness();
    const { summary } = await h.ok('documents.create', { document: sampleDocument() });
    const dir = tempDir();
    const documentXml = async (name: string, withSeal?: boolean) => {
      const path = join(dir, name);
      await h.ok('export.docx', { id: summary.id, path, ...(withSeal === undefined ? {} : { withSeal }) });
      return new TextDecoder().decode(unzipSync(readFileSync(path))['word/document.xml']);
    };
    const plain = await documentXml('a.docx');
    expect(await documentXml('b.docx', false)).toBe(plain);
    expect(await documentXml('c.docx', true)).not.toBe(plain);
  });
});

describe('checks, compare and new year', () => {
  it('checks a stored document and applies a one-click fix, saving it', async () => {
    h = openHarness();
    const { summary } = await h.ok('documents.create', { document: sampleDocument() });
    const findings = await h.ok('check.document', { id: summary.id });
    const index = findings.findIndex((f) => f.fix && f.sectionId === 'A1');
    expect(index).toBeGreaterThanOrEqual(0); // A1's body has a half-width comma between Chinese words
    const before = findings[index];
    const r = await h.ok('check.applyFix', { id: summary.id, findingIndex: index });
    const stored = (await h.ok('documents.get', { id: summary.id })).document;
    expect(stored).toEqual(r.document);
    expect(stored).not.toEqual(sampleDocument());
    expect(r.findings.filter((f) => f.code === before.code && f.sectionId === 'A1')).toEqual([]);
    const none = await h.fail('check.applyFix', { id: summary.id, findingIndex: 9999 });
    expect(none.code).toBe('not-found');
  });

  it('compares two stored documents', async () => {
    h = openHarness();
    const a = await h.ok('documents.create', { document: sampleDocument(2023) });
    const next = sampleDocument(2024);
    next.sections[0].children[0].paragraphs = ['完善农村低保制度,全面做好低保边缘家庭和刚性支出困难家庭认定。'];
    const b = await h.ok('documents.create', { document: next });
    const report = await h.ok('compare.documents', { oldId: a.summary.id, newId: b.summary.id });
    const a1 = report.changes.find((c) => c.newSectionId === 'A1');
    expect(a1?.kind).toBe('changed');
    expect(report.counts.changed).toBeGreaterThanOrEqual(1);
    expect((await h.fail('compare.documents', { oldId: a.summary.id, newId: 'missing' })).code).toBe('not-found');
  });

  it('plans a new-year draft without storing it, then creates it as a new document', async () => {
    h = openHarness();
    const { summary } = await h.ok('documents.create', { document: sampleDocument(2024) });
    const preview = await h.ok('newYear.preview', { id: summary.id });
    expect(preview.year).toBe(2025);
    expect(preview.changes.find((c) => c.location === '要点标题')).toMatchObject({
      before: '2024年全省民政工作要点',
      after: '2025年全省民政工作要点',
    });
    expect(await h.ok('documents.list', {})).toHaveLength(1);

    const created = await h.ok('newYear.create', { id: summary.id, skeleton: true });
    expect(created.summary).toMatchObject({ year: 2025, title: '2025年全省民政工作要点', sectionCount: 9 });
    expect(flatten(created.document.sections).every((f) => f.section.paragraphs.length === 0)).toBe(true);
    expect(created.changes.length).toBeGreaterThan(0);
    expect((await h.ok('documents.get', { id: created.summary.id })).document).toEqual(created.document);
    expect((await h.ok('documents.get', { id: summary.id })).document).toEqual(sampleDocument(2024)); // the source is untouched
    expect((await h.ok('revisions.list', { documentId: created.summary.id }))[0].label).toBe(
      '由2024年的《2024年全省民政工作要点》生成',
    );
    expect((await h.ok('documents.list', {})).map((d) => d.year)).toEqual([2025, 2024]);
    const missing = await h.fail('newYear.create', { id: 'missing' });
    expect(missing.code).toBe('not-found');
  });
});
