// The passage a listed change shows as before/after: the words around a year, marked … where cut.

export interface Span {
  start: number;
  end: number;
}

/** Context for before/after: up to ~18 characters either side, within the sentence, not splitting a number. */
export function snippet(text: string, index: number, length: number): Span {
  const stop = /[。；！？;!?\n]/;
  let start = index;
  while (start > 0 && index - start < 18 && !stop.test(text[start - 1])) start--;
  let end = index + length;
  while (end < text.length && end - index - length < 18 && !stop.test(text[end])) end++;
  while (start > 0 && /[\d０-９]/.test(text[start - 1]) && /[\d０-９]/.test(text[start])) start--;
  while (end < text.length && /[\d０-９]/.test(text[end - 1]) && /[\d０-９年]/.test(text[end])) end++;
  return { start, end };
}

export function quote(
  text: string,
  { start, end }: Span,
  replace?: { index: number; length: number; by: string },
): string {
  const body = replace
    ? text.slice(start, replace.index) + replace.by + text.slice(replace.index + replace.length, end)
    : text.slice(start, end);
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}
