// Files that cannot be imported: a scanned PDF, encrypted PDF and .doc, a web page with no document, a 100 MB
// file, a zip bomb. Each gives one Chinese line naming the file and the problem, quickly, without inflating
// the bomb, and without touching the drafts already stored. A .docx renamed .doc is not bad input: the
// content decides, and it imports as the Word document it is.
import { execFileSync } from 'node:child_process';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import CFB from 'cfb';
import { zipSync, zlibSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../../shared/import/text';
import { readSeed, tempDir } from '../helpers/paths';
import { plain, wordMade } from '../import-docx/build-docx';
import { openHarness, type Harness } from '../store/harness';
import { convertAll, soffice } from './convert';

const dir = tempDir('yaodian-bad-');
let h: Harness;
let storedId: string;
let storedDocument: unknown;
const files: Record<string, string> = {};

function lo(args: string[]): void {
  execFileSync(soffice!, [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', ...args], {
    stdio: 'pipe',
    timeout: 120_000,
  });
}

/** The same Word 97 document with the FIB's fEncrypted bit set, as Word writes a password-protected one. */
function encryptedDoc(docPath: string): Uint8Array {
  const container = CFB.read(new Uint8Array(readFileSync(docPath)), { type: 'array' });
  const entry = CFB.find(container, 'WordDocument')!;
  const bytes = Uint8Array.from(entry.content);
  bytes[0x0b] |= 0x01; // flags at 0x0A, fEncrypted = 0x0100
  entry.content = bytes;
  return new Uint8Array(CFB.write(container, { type: 'array' }) as number[]);
}

/** A one-page PDF holding only a picture: a binary PPM (P6) made into a Flate-compressed image XObject. */
function imagePdf(ppm: Buffer): Buffer {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  const [w, h] = [Number(header[1]), Number(header[2])];
  const pixels = zlibSync(ppm.subarray(header[0].length));
  const content = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
  const objects: Array<string | Buffer> = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>`,
    Buffer.concat([
      Buffer.from(
        `<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceRGB ` +
          `/BitsPerComponent 8 /Filter /FlateDecode /Length ${pixels.length} >>\nstream\n`,
      ),
      pixels,
      Buffer.from('\nendstream'),
    ]),
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let at = parts[0].length;
  objects.forEach((o, i) => {
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.from(o as string), Buffer.from('\nendobj\n')]);
    offsets.push(at);
    parts.push(chunk);
    at += chunk.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
  ];
  parts.push(
    Buffer.from(
      `${xref.join('\n')}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(parts);
}

describe.skipIf(!soffice)('bad input', () => {
  beforeAll(async () => {
    const notice = importText(readSeed('jilin'));
    const docx = join(dir, 'notice.docx');
    writeFileSync(docx, await wordMade(notice, false));
    const made = convertAll([docx], ['doc', 'pdf'], dir);
    const doc = made.get('doc')!.get(docx)!;
    const pdf = made.get('pdf')!.get(docx)!;

    // a scan: the first page as a picture (pdftoppm's pixels), alone on a PDF page, as a scanner writes it
    files.scanned = join(dir, '扫描件.pdf');
    writeFileSync(files.scanned, imagePdf(execFileSync('pdftoppm', ['-r', '50', '-f', '1', '-l', '1', pdf])));

    const options =
      '{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"123"}}';
    lo(['--convert-to', `pdf:writer_pdf_Export:${options}`, '--outdir', join(dir, 'locked'), docx]);
    files.encryptedPdf = join(dir, '加密.pdf');
    writeFileSync(files.encryptedPdf, readFileSync(join(dir, 'locked', 'notice.pdf')));

    files.encryptedDoc = join(dir, '加密.doc');
    writeFileSync(files.encryptedDoc, encryptedDoc(doc));

    files.noDocument = join(dir, '空网页.html');
    writeFileSync(
      files.noDocument,
      '<!DOCTYPE html><html><head><title>首页</title><script>var a = "通知";</script></head>' +
        '<body><nav><a href="/a">首页</a><a href="/b">政务公开</a></nav><div style="display:none">隐藏的通知</div></body></html>',
    );

    files.huge = join(dir, '大文件.doc');
    writeFileSync(files.huge, '');
    truncateSync(files.huge, 100 * 1024 * 1024);

    // 200 MB of one repeated byte compress to a few hundred KB: the declared size gives it away
    files.bomb = join(dir, '炸弹.docx');
    writeFileSync(
      files.bomb,
      zipSync(
        {
          '[Content_Types].xml': new TextEncoder().encode(
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
          ),
          'word/document.xml': new Uint8Array(200 * 1024 * 1024).fill(0x20),
        },
        { level: 6 },
      ),
    );

    files.brokenPdf = join(dir, '损坏.pdf');
    writeFileSync(files.brokenPdf, readFileSync(pdf).subarray(0, 2000));

    files.renamed = join(dir, '改名.doc');
    writeFileSync(files.renamed, readFileSync(docx));

    h = openHarness({ dir: tempDir('yaodian-bad-store-') });
    const stored = await h.ok('import.text', { text: readSeed('maoji'), name: '茂吉.txt' });
    storedId = stored.summary.id;
    storedDocument = stored.document;
  }, 240_000);

  afterAll(() => h?.close());

  const cases: Array<[string, string, RegExp]> = [
    ['scanned', '扫描件.pdf', /没有文字层.*扫描件/],
    ['encryptedPdf', '加密.pdf', /密码/],
    ['encryptedDoc', '加密.doc', /密码/],
    ['noDocument', '空网页.html', /网页中没有公文正文/],
    ['huge', '大文件.doc', /文件太大（100\.0 MB）/],
    ['bomb', '炸弹.docx', /解压后(?:过大|的内容.*超过)/],
    ['brokenPdf', '损坏.pdf', /PDF 文件已损坏或不完整/],
  ];
  for (const [key, name, problem] of cases) {
    it(`${name}: one Chinese line naming the file and the problem, within 5 s`, async () => {
      const rssBefore = process.memoryUsage().rss;
      const started = performance.now();
      const error = await h.fail('import.file', { path: files[key] });
      expect(performance.now() - started).toBeLessThan(5000);
      expect(error.message).toContain(name);
      expect(error.message).toMatch(problem);
      expect(error.message).not.toContain('\n');
      // nothing near the bomb's 200 MB was allocated
      expect(process.memoryUsage().rss - rssBefore).toBeLessThan(150 * 1024 * 1024);
      const list = await h.ok('documents.list', {});
      expect(list.map((d) => d.id)).toEqual([storedId]);
      expect((await h.ok('documents.get', { id: storedId })).document).toEqual(storedDocument);
    });
  }

  it('imports a .docx renamed .doc as the Word document it is', async () => {
    const fromRenamed = await h.ok('import.file', { path: files.renamed });
    expect(plain(fromRenamed.document.sections)).toEqual(plain(importText(readSeed('jilin')).sections));
    await h.ok('documents.delete', { id: fromRenamed.summary.id });
  });
});
