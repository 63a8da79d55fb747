// Bytes → document: encodings (GBK made by the system's iconv), binary and empty input, JSON and .docx by content.
import { execFileSync } from 'node:child_process';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../shared/import/encoding';
import { ImportError } from '../../shared/import/errors';
import { importBytes } from '../../shared/import';
import { importText } from '../../shared/import/text';
import { toJson } from '../../shared/model/interchange';
import { readSeed } from '../helpers/paths';
import { shape } from './helpers';

const SAMPLE = '2024年全省民政工作要点\n一、兜牢民生底线\n（一）完善社会救助。加强低保管理，确保应保尽保。\n';

function iconv(text: string, to: string): Uint8Array {
  return new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', to], { input: Buffer.from(text, 'utf8') }));
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  if (bigEndian) le.swap16();
  return new Uint8Array(le);
}

function expectImportError(fn: () => unknown, code: string, message: RegExp): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    expect((e as ImportError).code).toBe(code);
    expect((e as Error).message).toMatch(message);
    return;
  }
  throw new Error('expected an ImportError');
}

describe('decodeText', () => {
  it.each([
    ['UTF-8', () => new TextEncoder().encode(SAMPLE)],
    ['UTF-8 with BOM', () => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)])],
    ['UTF-16 LE with BOM', () => utf16(SAMPLE, false)],
    ['UTF-16 BE with BOM', () => utf16(SAMPLE, true)],
    ['GBK', () => iconv(SAMPLE, 'GBK')],
    ['GB18030', () => iconv(SAMPLE, 'GB18030')],
  ])('%s', (_name, make) => {
    expect(decodeText(make())).toBe(SAMPLE);
  });

  it('decodes whole real notices saved as GBK and GB18030, short GBK text too', () => {
    const maoji = readSeed('maoji');
    expect(decodeText(iconv(maoji, 'GBK'))).toBe(maoji);
    // the Jiangsu web copy has characters (•, nbsp-like marks) outside GBK: GB18030 holds them all
    const jiangsu = readSeed('jiangsu');
    expect(decodeText(iconv(jiangsu, 'GB18030'))).toBe(jiangsu);
    expect(decodeText(iconv('一、加强领导', 'GBK'))).toBe('一、加强领导');
  });

  it('tells Big5 (traditional characters) from GBK', () => {
    const traditional =
      '二零二四年全省民政工作要點\n一、兜牢民生底線\n（一）完善社會救助。加強低保管理，確保應保盡保。\n'.repeat(10);
    expect(decodeText(iconv(traditional, 'BIG5'))).toBe(traditional);
  });

  it('keeps UTF-8 with one damaged byte as UTF-8 (not GBK mojibake); tells short GBK from UTF-8', () => {
    const jilin = new TextEncoder().encode(readSeed('jilin'));
    const i = jilin.indexOf(0xe5, 300); // the lead byte of a character
    jilin[i] = 0xff;
    const text = decodeText(jilin);
    expect(text.split('\ufffd').length - 1).toBeGreaterThan(0);
    expect(text).toContain('吉林省民政厅');
    expect(decodeText(iconv('你好', 'GBK'))).toBe('你好');
  });

  it('refuses empty, whitespace-only and binary input with a Chinese message', () => {
    expectImportError(() => decodeText(new Uint8Array()), 'empty', /空/);
    expectImportError(() => decodeText(new TextEncoder().encode(' \n\t\u3000\r\n')), 'empty', /没有文字/);
    expectImportError(
      () => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48])),
      'binary',
      /不是文本文件/,
    );
    const controls = new Uint8Array(4000).map((_, i) => (i % 40 === 0 ? 0x01 : 0x41));
    expectImportError(() => decodeText(controls), 'binary', /不是文本文件/);
    expectImportError(
      () => decodeText(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
      'binary',
      /\.doc/,
    );
    expectImportError(() => decodeText(new TextEncoder().encode('%PDF-1.7\n')), 'binary', /PDF/);
  });
});

describe('importBytes', () => {
  it('imports GB18030 text the same as UTF-8', async () => {
    const text = readSeed('jilin');
    const fromGbk = await importBytes(iconv(text, 'GB18030'), 'jilin.txt');
    expect(shape(fromGbk.sections)).toEqual(shape(importText(text).sections));
    expect(fromGbk.meta.signature).toBe('吉林省民政厅');
  });

  it('reads the interchange JSON (detected by content, whatever the name)', async () => {
    const doc = importText(readSeed('jiangsu'));
    const bytes = new TextEncoder().encode(JSON.stringify(toJson(doc)));
    const back = await importBytes(bytes, 'anything.txt');
    expect(shape(back.sections)).toEqual(shape(doc.sections));
    expect(back.meta).toEqual(doc.meta);
    expect(back.numbering).toEqual(doc.numbering);
    await expect(importBytes(new TextEncoder().encode('{"sections": [}'), 'x.json')).rejects.toThrow(/不是有效的 JSON/);
    await expect(importBytes(new TextEncoder().encode('{"sections": [{"level": 7}]}'), 'x.json')).rejects.toThrow(
      /要点文档 JSON/,
    );
  });

  it('sends a zip to the .docx importer', async () => {
    const docx = new Document({
      sections: [
        {
          children: [
            new Paragraph('2024年全县民政工作要点'),
            new Paragraph('一、兜牢民生底线'),
            new Paragraph('（一）完善社会救助。加强低保管理。'),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(docx));
    const doc = await importBytes(bytes, 'notice.docx');
    expect(doc.meta.title).toBe('2024年全县民政工作要点');
    expect(doc.sections[0].children[0]).toMatchObject({
      heading: '完善社会救助',
      runIn: true,
      paragraphs: ['加强低保管理。'],
    });
  });

  it('refuses a .docx that is not a zip, and oversized bytes', async () => {
    await expect(importBytes(new TextEncoder().encode('不是 Word'), 'a.docx')).rejects.toMatchObject({
      code: 'corrupt-docx',
    });
    await expect(importBytes(new Uint8Array(21 * 1024 * 1024), 'big.txt')).rejects.toMatchObject({ code: 'too-large' });
  });
});
