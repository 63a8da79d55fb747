// "Ignore here" and "ignore in this document": the keys a document remembers for lexicon findings.
import type { Finding } from '../types';

/** The key to remember; null when the finding cannot be ignored (only lexicon findings can). */
export function ignoreKeyFor(f: Finding, scope: 'here' | 'document'): string | null {
  if (!f.entryId || !f.ignoreKey) return null;
  return scope === 'here' ? f.ignoreKey : `*${f.entryId}`;
}

export function isIgnored(f: Finding, keys: ReadonlySet<string>): boolean {
  if (!keys.size || !f.entryId || !f.ignoreKey) return false;
  return keys.has(f.ignoreKey) || keys.has(`*${f.entryId}`);
}
