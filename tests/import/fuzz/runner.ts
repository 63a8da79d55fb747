// Child process of the fuzz test: runs `yaodian import <file> --json` (the command's own run(), as the CLI does)
// on every file named on the command line, one after the other, and prints one JSON line per file: the exit
// status, what went to stdout and stderr, the time taken and the process's peak memory so far.
// Run: node --expose-gc --import tsx tests/import/fuzz/runner.ts <file>...
import { writeSync } from 'node:fs';
import { resourceUsage } from 'node:process';
import { run } from '../../../cli/commands/import';

const files = process.argv.slice(2);
let out = '';
let err = '';
process.stdout.write = ((chunk: string | Uint8Array) => ((out += String(chunk)), true)) as typeof process.stdout.write;
console.log = (...a: unknown[]) => void (out += `${a.join(' ')}\n`);
console.error = (...a: unknown[]) => void (err += `${a.join(' ')}\n`);

// run with --expose-gc: an import starts from a collected heap whenever garbage has piled up, so the peak
// (maxRSS) is about one import's, not the garbage of all before it
const gc = (globalThis as { gc?: () => void }).gc;

for (const file of files) {
  if (process.memoryUsage().rss > 200 * 1024 * 1024) gc?.();
  out = '';
  err = '';
  const t0 = performance.now();
  let code: number;
  try {
    code = await run([file, '--json']);
  } catch (e) {
    code = 99; // an exception escaping the command: what the user would see as a stack trace
    err += String((e as Error)?.stack ?? e);
  }
  const ms = performance.now() - t0;
  let json = false;
  // the numbers of the top-level sections as printed, for checking numbering past 9,999 (一万二千)
  let topNumbers: Array<string | null> = [];
  try {
    const parsed = JSON.parse(out) as { sections?: Array<{ number: string | null }> } | null;
    json = typeof parsed === 'object';
    topNumbers = parsed?.sections?.map((s) => s.number) ?? [];
  } catch {
    json = false;
  }
  const line = JSON.stringify({
    file,
    code,
    json,
    topNumbers: topNumbers.length > 10 ? [...topNumbers.slice(9_998, 10_001), ...topNumbers.slice(-1)] : topNumbers,
    outBytes: out.length,
    err,
    ms,
    maxRssMb: resourceUsage().maxRSS / 1024,
  });
  writeSync(1, `${line}\n`);
}
