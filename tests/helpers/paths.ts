// Where the repository and the read-only ../shared folder (fixtures, spec, tools) are.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const sharedRoot = process.env.YAODIAN_SHARED ?? resolve(repoRoot, '..', 'shared');
export const seedsDir = join(sharedRoot, 'fixtures', 'seeds');

export const SEEDS = {
  jilin: 'jilin-2024-province-notice.txt',
  maoji: 'maoji-2025-district-with-toc.txt',
  jiangsu: 'jiangsu-2014-province-web-copy.txt',
} as const;

export function seedPath(name: keyof typeof SEEDS): string {
  const p = join(seedsDir, SEEDS[name]);
  if (!existsSync(p)) throw new Error(`fixture missing: ${p} (../shared must sit beside the repository)`);
  return p;
}

export function readSeed(name: keyof typeof SEEDS): string {
  return readFileSync(seedPath(name), 'utf8');
}

export function tempDir(prefix = 'yaodian-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
