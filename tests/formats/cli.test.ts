// The CLI takes every format by content: `yaodian import` of a PDF, and `yaodian export <folder> -o <folder>`
// exporting each file of a folder (.doc, .pdf, .html, a .docx and a bad file) to its own .docx.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocx } from '../../shared/import/docx';
import { importText } from '../../shared/import/text';
import { readSeed, repoRoot, tempDir } from '../helpers/paths';
import { plain, wordMade } from '../import-docx/build-docx';
import { convertAll, soffice } from './convert';

const run = (args: string[]) =>
  promisify(execFile)(process.execPath, [join(repoRoot, 'bin', 'yaodian.mjs'), ...args], { cwd: repoRoot }).then(
    (r) => ({ code: 0, ...r }),
    (e) => ({ code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string }),
  );

describe.skipIf(!soffice)('CLI with .doc, .pdf and .html', () => {
  const dir = tempDir('yaodian-formats-cli-');
  const input = join(dir, '往年');
  const expected = plain(importText(readSeed('maoji')).sections);

  beforeAll(async () => {
    mkdirSync(input);
    const docx = join(dir, '通知.docx');
    writeFileSync(docx, await wordMade(importText(readSeed('maoji')), false));
    const made = convertAll([docx], ['doc', 'pdf', 'html'], dir);
    for (const target of ['doc', 'pdf', 'html'] as const)
      copyFileSync(made.get(target)!.get(docx)!, join(input, `通知.${target}`));
    copyFileSync(docx, join(input, '原件.docx'));
    writeFileSync(join(input, '空网页.htm'), '<html><body><script>x()</script></body></html>');
  }, 240_000);

  it('imports a PDF and prints its outline', async () => {
    const r = await run(['import', join(input, '通知.pdf')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('一、坚持和加强党对民政工作的全面领导');
  });

  it('exports every file of a folder, names clashing outputs by format, and reports the bad one in one line', async () => {
    const out = join(dir, '导出');
    const r = await run(['export', input, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/空网页\.htm.*网页中没有公文正文/);
    expect(readdirSync(out).sort()).toEqual(
      ['原件.docx', '通知（doc）.docx', '通知（html）.docx', '通知（pdf）.docx'].sort(),
    );
    for (const name of readdirSync(out)) {
      const doc = await importDocx(new Uint8Array(readFileSync(join(out, name))));
      expect(plain(doc.sections), name).toEqual(expected);
    }
  });
});

describe('export of a folder into itself', () => {
  it('never writes over an input .docx', async () => {
    const dir = tempDir('yaodian-formats-self-');
    const original = await wordMade(importText(readSeed('maoji')), false);
    writeFileSync(join(dir, '原件.docx'), original);
    const r = await run(['export', dir, '-o', dir]);
    expect(r.code).toBe(0);
    expect(new Uint8Array(readFileSync(join(dir, '原件.docx')))).toEqual(original);
    expect(readdirSync(dir).sort()).toEqual(['原件.docx', '原件（导出）.docx']);
  });
});
