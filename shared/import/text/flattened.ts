// Text flattened into one line (a copy that lost its line breaks: "各县民政局： 现将…印发给你们。 一、兜牢底线
// （一）完善救助。…"): split again at its labels. Decided per line from the evidence: a long line with at least two
// number labels each after a space. A line with spaces only between words keeps them.
import type { TextLine } from './line';
import { parseLabel } from './labels';
import { charLength } from './sentences';

const GAP = /[\s\u3000]+/g;
const LABEL_AFTER_GAP =
  /[\s\u3000]+(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|[0-9０-９]{1,2}[.．、](?![0-9０-９]))/g;
// a chunk that ends a part of a notice: a sentence, a 主送, a title
const PART_END = /(?:[。：:；;！？!?]|(?:通知|通报|意见|要点|方案|计划|决定))$/;

// the 成文日期 between the 署名 and what follows
const DATE =
  '(?:\\d{4}|[〇○零一二三四五六七八九]{4})年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日';
const DATE_END = new RegExp(`(?:^|[\\s\\u3000])${DATE}$`);
const DATE_START = new RegExp(`^${DATE}(?:[\\s\\u3000]|$)`);

function pieces(text: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(GAP)) {
    const at = m.index!;
    // only the ends near the gap are looked at: a long line with many spaces stays linear
    const before = text.slice(Math.max(last, at - 24), at);
    const after = text.slice(at + m[0].length, at + m[0].length + 24);
    if (
      before &&
      after &&
      (parseLabel(after) || PART_END.test(before) || DATE_END.test(before) || DATE_START.test(after))
    ) {
      out.push(before);
      last = at + m[0].length;
    }
  }
  out.push(text.slice(last));
  return out.filter(Boolean);
}

export function splitFlattened(
  lines: readonly TextLine[],
  toLine: (text: string, hint: TextLine['hint']) => TextLine | null,
): TextLine[] {
  const out: TextLine[] = [];
  for (const line of lines) {
    const labels = charLength(line.text) >= 120 ? (line.text.match(LABEL_AFTER_GAP)?.length ?? 0) : 0;
    if (labels < 2) {
      out.push(line);
      continue;
    }
    for (const p of pieces(line.text)) {
      const l = toLine(p, line.hint);
      if (l) out.push(l);
    }
  }
  return out;
}
