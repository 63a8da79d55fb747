// The built-in lexicon: the data files under data/, each entry with its source. Compiled once, on first use.
import lawTitles from './data/law-titles.json';
import nameChanges from './data/name-changes.json';
import politicalTerms from './data/political-terms.json';
import wordingTypos from './data/wording-typos.json';
import wordingVariants from './data/wording-variants.json';
import { CompiledLexicon } from './matcher';
import { parseLexiconFile } from './schema';
import type { LexiconEntry } from './types';

const BUILTIN_FILES: Record<string, unknown> = {
  'wording-variants.json': wordingVariants,
  'wording-typos.json': wordingTypos,
  'political-terms.json': politicalTerms,
  'name-changes.json': nameChanges,
  'law-titles.json': lawTitles,
};

let entries: LexiconEntry[] | null = null;
let compiled: CompiledLexicon | null = null;

export function builtinEntries(): LexiconEntry[] {
  entries ??= Object.entries(BUILTIN_FILES).flatMap(([name, value]) => parseLexiconFile(value, name, 'builtin'));
  return entries;
}

export function builtinLexicon(): CompiledLexicon {
  compiled ??= new CompiledLexicon(builtinEntries());
  return compiled;
}

/** The built-in lexicon with the office's own entries added (an office entry with a built-in id replaces it). */
export function lexiconWith(officeEntries: readonly LexiconEntry[]): CompiledLexicon {
  if (!officeEntries.length) return builtinLexicon();
  const own = new Set(officeEntries.map((e) => e.id));
  return new CompiledLexicon([...builtinEntries().filter((e) => !own.has(e.id)), ...officeEntries]);
}
