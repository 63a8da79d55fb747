// The layering rules of eslint.config.js, tried on deliberate violations kept in tests/lint/violations/. Each
// fixture names the path it pretends to live at (`// lint-as:`) and a phrase of the message it must draw
// (`// expect:`, or `nothing` for a legal file), so a rule that stops matching fails here, not in a review.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths';

const dir = join(repoRoot, 'tests', 'lint', 'violations');
const eslint = new ESLint({ cwd: repoRoot });

function header(text: string, key: string): string {
  const m = new RegExp(`^// ${key}: (.+)$`, 'm').exec(text);
  if (!m) throw new Error(`fixture without "// ${key}:"`);
  return m[1].trim();
}

describe('layering rules', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    it(file, async () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const filePath = join(repoRoot, header(text, 'lint-as'));
      const expected = header(text, 'expect');
      const [result] = await eslint.lintText(text, { filePath });
      const restricted = result.messages.filter((m) => /^no-restricted-/.test(m.ruleId ?? ''));
      if (expected === 'nothing') {
        expect(result.messages.map((m) => `${m.ruleId}: ${m.message}`)).toEqual([]);
      } else {
        expect(restricted.map((m) => m.message).join('\n')).toContain(expected);
      }
    });
  }
});
