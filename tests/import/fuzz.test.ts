// Fuzzing `yaodian import`: a few hundred inputs generated from a fixed seed (mutated and cut .docx, random bytes,
// UTF-16 without BOM, NUL bytes, huge lines, zip bombs, mutated interchange JSON, label floods) plus the regression
// inputs that once failed, run through the command in one child process. Each must end with exit 0 and valid JSON
// on stdout, or exit 1 and one Chinese line on stderr (no stack trace, no library English), within 10 s, and the
// process must stay under 500 MB.
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../shared/export';
import { importText } from '../../shared/import/text';
import { toJson } from '../../shared/model/interchange';
import { readSeed, repoRoot, tempDir } from '../helpers/paths';
import { generated, regressions, type FuzzInput } from './fuzz/generate';

const SEED = 20261204;
const COUNT = 300;
const dir = tempDir('yaodian-fuzz-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Outcome {
  file: string;
  code: number;
  json: boolean;
  /** the numbers of a few top-level sections: 9,999th to 10,001st and the last, when there are more than 10 */
  topNumbers: Array<string | null>;
  outBytes: number;
  err: string;
  ms: number;
  maxRssMb: number;
}

async function runAll(inputs: FuzzInput[]): Promise<Outcome[]> {
  mkdirSync(dir, { recursive: true });
  const files = inputs.map((input, i) => {
    const file = join(dir, `${String(i).padStart(3, '0')}-${input.name}`);
    writeFileSync(file, input.bytes);
    return file;
  });
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(repoRoot, 'tests', 'import', 'fuzz', 'runner.ts'), ...files],
    {
      cwd: repoRoot,
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000,
    },
  );
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Outcome);
}

/** Names of formats and package parts a message may carry as they are (the user knows them so). */
const FORMAT_NAMES = new RegExp(
  `\\b(?:${[
    'JSON|Word|WPS|PDF|RTF|XML|MB|KB|OpenDocument|Excel|PowerPoint|UTF-8|UTF-16|GBK|GB18030',
    'docx|dotx|txt|json|xml|odt|xlsx|pptx|doc|wps|rels|word|document|styles|numbering|header\\d*',
    'Content_Types|extends|BOM|Symbol',
  ].join('|')})\\b`,
  'gi',
);

/** What is wrong with a refusal, or null: one Chinese line naming the file, no English but names of formats. */
function lineProblem(o: Outcome): string | null {
  const lines = o.err.trimEnd().split('\n');
  if (lines.length !== 1) return `${lines.length} lines`;
  const text = lines[0].split(o.file).join('');
  if (!/^yaodian import：无法导入“”：.*[\u4e00-\u9fff]/.test(text)) return 'not the Chinese refusal naming the file';
  const english = text
    .slice('yaodian import：'.length)
    .replace(/[\w[\]/.-]+\.(?:xml|rels)\b/g, '')
    .replace(FORMAT_NAMES, '');
  return /[A-Za-z]{3,}/.test(english) ? `English: ${english}` : null;
}

describe('yaodian import under fuzzing', () => {
  it(`ends every one of ${COUNT} generated inputs and every regression input cleanly, in time and memory`, async () => {
    const notice = importText(readSeed('jiangsu'));
    const base = { docx: await exportDocx(notice), text: readSeed('jiangsu'), json: JSON.stringify(toJson(notice)) };
    const g0 = performance.now();
    const inputs = [...regressions(), ...generated(SEED, COUNT, base)];
    if (process.env.YD_FUZZ_DEBUG) console.log(`generated in ${Math.round(performance.now() - g0)} ms`);
    const t0 = performance.now();
    const outcomes = await runAll(inputs);
    if (process.env.YD_FUZZ_DEBUG) console.log(`runner ${Math.round(performance.now() - t0)} ms`);
    expect(outcomes).toHaveLength(inputs.length);
    const problems: string[] = [];
    for (const o of outcomes) {
      const name = o.file.slice(dir.length + 1);
      if (o.code === 0 && (!o.json || o.err !== '')) problems.push(`${name}: exit 0 without valid JSON alone`);
      else if (o.code === 1 && (lineProblem(o) || o.outBytes !== 0))
        problems.push(`${name}: ${lineProblem(o) ?? 'output'} — ${o.err}`);
      else if (o.code !== 0 && o.code !== 1) problems.push(`${name}: exit ${o.code} — ${o.err.slice(0, 300)}`);
      if (o.ms >= 10_000) problems.push(`${name}: ${Math.round(o.ms)} ms`);
    }
    expect(problems).toEqual([]);
    if (process.env.YD_FUZZ_DEBUG) {
      let last = 0;
      for (const o of outcomes) {
        if (o.maxRssMb > last + 20)
          console.log(`${Math.round(o.maxRssMb)} MB after ${o.file.slice(dir.length + 1)} (${Math.round(o.ms)} ms)`);
        last = o.maxRssMb;
      }
      const slowest = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 8);
      console.log(`sum of import times ${Math.round(outcomes.reduce((n, o) => n + o.ms, 0))} ms`);
      console.log(
        `slowest: ${slowest.map((o) => `${o.file.slice(dir.length + 1)} ${Math.round(o.ms)} ms`).join(', ')}`,
      );
    }
    expect(Math.max(...outcomes.map((o) => o.maxRssMb))).toBeLessThan(500);
    // the regression inputs are refused (or, for the odd character, imported with a warning) as decided
    const byName = (name: string) => outcomes.find((o) => o.file.endsWith(name))!;
    // 12,000 sections are within the limits now (issue 13's 20,000): numbered on past 9,999 in Chinese
    const pastNineThousand = byName('numbering-past-9999.txt');
    expect(pastNineThousand.code, pastNineThousand.err).toBe(0);
    expect(pastNineThousand.topNumbers).toEqual(['九千九百九十九', '一万', '一万零一', '一万二千']);
    expect(byName('json-200000-sections.json').err).toContain('超过上限 20,000 个（多出 180,000 个）');
    expect(byName('json-20000-deep.json').err).toContain('数据嵌套层数');
    expect(byName('docx-3000-nested-tables.docx').err).toContain('嵌套超过 256 层');
    expect(byName('docx-invalid-code-point.docx').code).toBe(0);
    expect(byName('docx-one-huge-run.docx').err).toContain('全文字数为 20,000,000 字');
    const bombs = outcomes.filter((o) => /-bomb-\d+\.docx$/.test(o.file));
    expect(bombs.length).toBeGreaterThan(5);
    for (const o of bombs) expect(o.err, o.file).toMatch(/超过 48 MB 的上限/);
    expect(byName('docx-many-rels.docx').code).toBe(0);
    expect(byName('paragraph-1500000.txt').err).toContain('一段的字数为 1,500,000 字');
    expect(byName('json-broken.json').err).toMatch(/第 3 行第 \d+ 个字符附近/);
  }, 120_000);
});
