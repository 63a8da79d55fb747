// A short excerpt around the first match with every matched term wrapped in 【】.
const foldAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase()); // same length, same indices

const isLowSurrogate = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
};

/** Ranges [start, end) of every occurrence of every term, merged. */
export function matchRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  const hay = foldAscii(text);
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    const needle = foldAscii(term);
    if (!needle) continue;
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length))
      ranges.push([i, i + needle.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** null when no term occurs in text. */
export function makeSnippet(text: string, terms: readonly string[], before = 24, after = 56): string | null {
  const ranges = matchRanges(text, terms);
  if (!ranges.length) return null;
  let start = Math.max(0, ranges[0][0] - before);
  let end = Math.min(text.length, ranges[0][1] + after);
  if (start > 0 && isLowSurrogate(text, start)) start -= 1;
  if (end < text.length && isLowSurrogate(text, end)) end += 1;
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue;
    const s = Math.max(a, start);
    const e = Math.min(b, end);
    out += text.slice(at, s) + '【' + text.slice(s, e) + '】';
    at = e;
  }
  out += text.slice(at, end) + (end < text.length ? '…' : '');
  return out.replace(/\s*\n\s*/g, ' ');
}
