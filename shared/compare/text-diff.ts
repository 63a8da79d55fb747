// Character-level differences through jsdiff (the `diff` package).
import { diffChars } from 'diff';
import type { DiffPart } from './types';

/** Beyond this many edits a pair is shown as replaced outright (keeps the worst case fast). */
const MAX_EDITS = 2000;

export function charDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const changes = diffChars(before, after, { maxEditLength: MAX_EDITS });
  if (!changes) {
    return [
      ...(before ? [{ kind: 'removed' as const, text: before }] : []),
      ...(after ? [{ kind: 'added' as const, text: after }] : []),
    ];
  }
  return changes.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}
