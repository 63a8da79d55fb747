// Character-level differences through jsdiff (the `diff` package), in two steps so that a rewritten
// paragraph costs little: sentences are aligned first (diffArrays), then the characters of each changed
// run of sentences are compared (diffChars). Small edits show character by character; a sentence
// rewritten beyond recognition shows as removed and added.
import { diffArrays, diffChars } from 'diff';
import type { DiffPart } from './types';

/** Beyond this many edits within one changed run, the run is shown as replaced outright. */
const MAX_EDITS = 300;

function sentences(text: string): string[] {
  return text.split(/(?<=[。！？；;!?\n])/);
}

function push(out: DiffPart[], kind: DiffPart['kind'], text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.kind === kind) last.text += text;
  else out.push({ kind, text });
}

/** Share of character bigrams two texts have in common (Dice); cheap, to skip diffs that would be noise. */
function overlap(a: string, b: string): number {
  const grams = (t: string) => {
    const set = new Set<string>();
    for (let i = 1; i < t.length; i++) set.add(t.slice(i - 1, i + 1));
    return set;
  };
  const ga = grams(a);
  const gb = grams(b);
  if (!ga.size || !gb.size) return 0;
  let common = 0;
  for (const g of ga) if (gb.has(g)) common++;
  return (2 * common) / (ga.size + gb.size);
}

/** Below this overlap a changed run reads better (and costs far less) as removed + added. */
const MIN_OVERLAP = 0.3;

function charRun(out: DiffPart[], before: string, after: string): void {
  const related = before && after && (before.length + after.length < 40 || overlap(before, after) >= MIN_OVERLAP);
  const changes = related ? diffChars(before, after, { maxEditLength: MAX_EDITS }) : undefined;
  if (!changes) {
    push(out, 'removed', before);
    push(out, 'added', after);
    return;
  }
  for (const c of changes) push(out, c.added ? 'added' : c.removed ? 'removed' : 'same', c.value);
}

export function charDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    charRun(out, removed, added);
    removed = '';
    added = '';
  };
  for (const c of diffArrays(sentences(before), sentences(after))) {
    const text = c.value.join('');
    if (c.removed) removed += text;
    else if (c.added) added += text;
    else {
      flush();
      push(out, 'same', text);
    }
  }
  flush();
  return out;
}
