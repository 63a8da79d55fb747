// Files that are not a readable .docx get an ImportError with a Chinese message that says what the file is.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../shared/import/docx';
import { ImportError } from '../../shared/import/errors';
import { body, pack, patchPart } from './build-docx';

async function failure(bytes: Uint8Array): Promise<ImportError> {
  try {
    await importDocx(bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return e as ImportError;
  }
  throw new Error('importDocx accepted the file');
}

/** Deterministic pseudo-random bytes (xorshift), so a failure can be reproduced. */
function randomBytes(n: number, seed = 0x9e3779b9): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const minimal = () => pack([body('一、总体要求'), body('坚持稳中求进。')]);

describe('unreadable input', () => {
  it('an empty file', async () => {
    const e = await failure(new Uint8Array());
    expect(e.code).toBe('empty');
    expect(e.message).toContain('空');
  });

  it('random bytes', async () => {
    const e = await failure(randomBytes(4096));
    expect(e.code).toBe('not-docx');
    expect(e.message).toContain('不是 .docx');
  });

  it('a .doc or an encrypted document (OLE compound file)', async () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const e = await failure(ole);
    expect(e.code).toBe('not-docx');
    expect(e.message).toContain('.doc');
    expect(e.message).toContain('密码');
    expect(e.message).toContain('另存为');
  });

  it('an RTF file saved with a .docx name', async () => {
    const e = await failure(strToU8('{\\rtf1\\ansi 关于印发的通知}'));
    expect(e.code).toBe('not-docx');
    expect(e.message).toContain('RTF');
  });

  it('a truncated .docx (download cut short) at several lengths', async () => {
    const whole = await minimal();
    for (const fraction of [0.1, 0.5, 0.9]) {
      const e = await failure(whole.slice(0, Math.floor(whole.length * fraction)));
      expect(e.code).toBe('corrupt-docx');
      expect(e.message).toContain('损坏');
    }
    const e = await failure(whole.slice(0, whole.length - 1));
    expect(['corrupt-docx']).toContain(e.code);
  });

  it('a .docx with damaged compressed data', async () => {
    const bytes = await minimal();
    const damaged = bytes.slice();
    // overwrite word/document.xml's compressed data with noise, keeping the zip directory intact
    const name = new TextEncoder().encode('word/document.xml');
    const at = bytes.findIndex((_, i) => name.every((c, j) => bytes[i + j] === c));
    expect(at).toBeGreaterThan(0);
    damaged.set(randomBytes(200, 7), at + name.length + 40);
    const e = await failure(damaged);
    expect(e.code).toBe('corrupt-docx');
  });

  it('a zip of something else', async () => {
    const e = await failure(zipSync({ 'readme.txt': strToU8('hello'), 'data/a.csv': strToU8('1,2') }));
    expect(e.code).toBe('not-docx');
    expect(e.message).toContain('没有 Word 文档内容');
  });

  it('an .xlsx workbook', async () => {
    const xlsx = zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': strToU8(
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
      ),
    });
    const e = await failure(xlsx);
    expect(e.code).toBe('not-docx');
    expect(e.message).toContain('Excel');
  });

  it('a document.xml that is not well-formed XML', async () => {
    const broken = patchPart(await minimal(), 'word/document.xml', (xml) =>
      xml.replace('</w:body>', '</w:p></w:body>'),
    );
    const e = await failure(broken);
    expect(e.code).toBe('corrupt-docx');
    expect(e.message).toContain('word/document.xml');
  });

  it('a document.xml cut in the middle', async () => {
    const cut = patchPart(await minimal(), 'word/document.xml', (xml) => xml.slice(0, Math.floor(xml.length * 0.7)));
    const e = await failure(cut);
    expect(e.code).toBe('corrupt-docx');
    expect(e.message).toContain('word/document.xml');
  });

  it('a broken styles.xml is named too', async () => {
    const broken = patchPart(await minimal(), 'word/styles.xml', (xml) =>
      xml.replace('<w:docDefaults>', '<w:docDefaults><oops'),
    );
    const e = await failure(broken);
    expect(e.code).toBe('corrupt-docx');
    expect(e.message).toContain('word/styles.xml');
  });

  it('a document with no text at all', async () => {
    const e = await failure(await pack([body(''), body('   ')]));
    expect(e.code).toBe('no-content');
    expect(e.message).toContain('没有文字');
  });

  it('never crashes on random damage: every outcome is a document or an ImportError', async () => {
    const whole = await minimal();
    let documents = 0;
    let errors = 0;
    for (let i = 0; i < 60; i++) {
      const damaged = whole.slice();
      const noise = randomBytes(8, i + 1);
      damaged.set(noise, (i * 97) % (whole.length - 8));
      try {
        await importDocx(damaged);
        documents++;
      } catch (e) {
        expect(e).toBeInstanceOf(ImportError);
        errors++;
      }
    }
    expect(documents + errors).toBe(60);
    expect(errors).toBeGreaterThan(0);
  });
});
