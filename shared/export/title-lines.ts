// Breaks a 2号 title into lines the way GB/T 9704 7.3.1 asks: only between words, never inside
// 《…》 or a number with its unit where avoidable, balanced into a trapezoid or diamond (never an
// hourglass). Candidate breaks come from the ICU word segmenter plus the words titles are built from.
import { HANGING, NO_LINE_END, NO_LINE_START } from './chars';
import type { Glyph } from './measure';

const DOC_TYPES = [
  '通知',
  '意见',
  '决定',
  '报告',
  '请示',
  '批复',
  '函',
  '方案',
  '办法',
  '规定',
  '纪要',
  '公告',
  '通告',
  '通报',
  '要点',
  '计划',
  '规划',
  '细则',
  '决议',
  '命令',
  '议案',
];
const VERBS_AFTER_GUANYU = [
  '印发',
  '转发',
  '批转',
  '做好',
  '加强',
  '开展',
  '进一步',
  '推进',
  '组织',
  '调整',
  '表彰',
  '公布',
  '下达',
];
const FUNCTION_WORDS = new Set([...'的和及与对在把将为并或等']);
const PAUSES = new Set([...'、，：；,:;']);
/** Heads that end a noun phrase (系统, 办公厅…): a break right before one splits a compound, right after one is natural. */
const HEADS = [
  '系统',
  '部门',
  '机构',
  '单位',
  '组织',
  '人员',
  '群众',
  '服务',
  '建设',
  '管理',
  '体系',
  '机制',
  '制度',
  '领域',
  '办公厅',
  '办公室',
  '委员会',
  '中心',
  '人口',
  '家庭',
  '工作',
  '厅',
  '局',
  '委',
  '部',
  '办',
  '处',
  '站',
  '院',
  '所',
];

let segmenter: { segment(s: string): Iterable<{ index: number }> } | null | undefined;
function wordStarts(text: string): Set<number> | null {
  if (segmenter === undefined) {
    const S = (
      Intl as unknown as {
        Segmenter?: new (l: string, o: object) => { segment(s: string): Iterable<{ index: number }> };
      }
    ).Segmenter;
    segmenter = S ? new S('zh-Hans', { granularity: 'word' }) : null;
  }
  if (!segmenter) return null;
  const out = new Set<number>();
  for (const seg of segmenter.segment(text)) out.add(seg.index);
  return out;
}

/** Penalty for breaking before char index b (UTF-16 index into the array of chars). Infinity = never. */
function breakPenalties(chars: string[], groupTooLong: (from: number, to: number) => boolean): number[] {
  const n = chars.length;
  const text = chars.join('');
  // char index → UTF-16 offset, to compare with the segmenter's indices
  const offsets: number[] = [];
  let off = 0;
  for (const c of chars) {
    offsets.push(off);
    off += c.length;
  }
  const starts = wordStarts(text);
  // inside[b]: the cost of breaking inside a 《…》 or “…” group there: high, unless the group
  // itself is longer than a line and must be broken somewhere anyway
  const inside: number[] = new Array(n + 1).fill(0);
  const open: number[] = [];
  for (let i = 0; i < n; i++) {
    if ('《〈“‘'.includes(chars[i])) open.push(i);
    if ('》〉”’'.includes(chars[i]) && open.length) {
      const from = open.pop()!;
      const cost = groupTooLong(from, i + 1) ? 40 : 300;
      for (let b = from + 1; b <= i; b++) inside[b] = Math.max(inside[b], cost);
    }
  }
  const isDigitish = (c: string | undefined) => !!c && /[0-9A-Za-z０-９]/.test(c);
  const p: number[] = new Array(n + 1).fill(Infinity);
  for (let b = 1; b < n; b++) {
    const a = chars[b - 1];
    const c = chars[b];
    if (HANGING.has(c) || NO_LINE_START.has(c) || NO_LINE_END.has(a)) continue;
    if (isDigitish(a) && (isDigitish(c) || /[年月日号届次期个%％]/.test(c))) continue;
    let cost = starts ? (starts.has(offsets[b]) ? 20 : 200) : 40;
    if (starts && starts.has(offsets[b])) {
      // a one-character word before the break is often part of a name the dictionary missed (习|近平)
      let prev = b - 1;
      while (prev > 0 && !starts.has(offsets[prev])) prev--;
      if (b - prev === 1 && /\p{Script=Han}/u.test(a) && !FUNCTION_WORDS.has(a)) cost += 60;
    }
    cost += inside[b];
    if (PAUSES.has(a)) cost -= 15;
    if (c === '《' || a === '》') cost -= 10;
    if (a === '的') cost -= 6;
    if (a === '和' || a === '及' || a === '与') cost -= 4;
    const head = chars.slice(0, b).join('');
    const tail = chars.slice(b).join('');
    if (head === '关于') cost -= 8;
    if (VERBS_AFTER_GUANYU.some((v) => head === `关于${v}`)) cost -= 12;
    if (DOC_TYPES.some((t) => tail === `的${t}`)) cost -= 14;
    if (DOC_TYPES.some((t) => tail === t) && a !== '的') cost += 30; // keep 的 with 通知
    if (HEADS.some((h) => tail.startsWith(h)) && !tail.startsWith('部署') && !tail.startsWith('处理')) cost += 25;
    if (HEADS.some((h) => head.endsWith(h))) cost -= 6;
    if (tail.startsWith('关于')) cost -= 10;
    if (/[年度]$/.test(head) && /[0-9０-９]年度?$/.test(head)) cost -= 4;
    p[b] = cost;
  }
  return p;
}

export interface TitleBreakOptions {
  /** widest a line may be, twips */
  maxWidth: number;
  /** one character's advance, twips (for the shape cost) */
  cell: number;
}

/** Returns the title's lines. A title that fits on one line stays whole. */
export function breakTitle(glyphs: readonly Glyph[], o: TitleBreakOptions): string[] {
  const chars = glyphs.map((g) => g.ch);
  const n = chars.length;
  const prefix: number[] = [0];
  for (const g of glyphs) prefix.push(prefix[prefix.length - 1] + g.adv);
  const total = prefix[n];
  if (n === 0 || total <= o.maxWidth) return [chars.join('')];
  const width = (a: number, b: number) => prefix[b] - prefix[a];
  const pen = breakPenalties(chars, (a, b) => width(a, b) > o.maxWidth);
  const minLines = Math.ceil(total / o.maxWidth);
  let best: { cost: number; breaks: number[] } | null = null;
  for (let k = minLines; k <= Math.min(minLines + 1, 8) && k <= n; k++) {
    const found = bestBreaks(n, k, pen, width, o);
    if (found) found.cost += (k - minLines) * 40;
    if (found && (!best || found.cost < best.cost)) best = found;
    if (best && best.cost < 60) break; // a good split with fewer lines wins
  }
  if (!best) return greedy(chars, glyphs, o.maxWidth);
  const lines: string[] = [];
  let from = 0;
  for (const b of [...best.breaks, n]) {
    lines.push(chars.slice(from, b).join(''));
    from = b;
  }
  return lines;
}

function bestBreaks(
  n: number,
  k: number,
  pen: number[],
  width: (a: number, b: number) => number,
  o: TitleBreakOptions,
) {
  let best: { cost: number; breaks: number[] } | null = null;
  const breaks: number[] = [];
  const mean = width(0, n) / k;
  const visit = (from: number, left: number, cost: number) => {
    if (best && cost >= best.cost) return;
    if (left === 1) {
      const w = width(from, n);
      if (w > o.maxWidth) return;
      const widths = [...breaks, n].map((b, i) => width(i === 0 ? 0 : breaks[i - 1], b));
      const total = cost + shapeCost(widths, mean, o.cell);
      if (!best || total < best.cost) best = { cost: total, breaks: [...breaks] };
      return;
    }
    for (let b = from + 1; b < n; b++) {
      const w = width(from, b);
      if (w > o.maxWidth) break;
      if (pen[b] === Infinity) continue;
      breaks.push(b);
      visit(b, left - 1, cost + pen[b]);
      breaks.pop();
    }
  };
  visit(0, k, 0);
  return best as { cost: number; breaks: number[] } | null;
}

/** Balanced lines; trapezoid or diamond; an hourglass (a line shorter than both neighbours) is out. */
function shapeCost(widths: number[], mean: number, cell: number): number {
  let cost = 0;
  for (const w of widths) cost += ((w - mean) / cell) ** 2 * 0.8;
  for (let i = 1; i < widths.length - 1; i++) {
    if (widths[i] < widths[i - 1] - cell / 2 && widths[i] < widths[i + 1] - cell / 2) cost += 400;
  }
  if (widths.length === 2 && Math.abs(widths[0] - widths[1]) < cell / 2) cost += 6; // a rectangle: allowed, less good
  if (Math.min(...widths) < 4.5 * cell) cost += 50; // a stub line of a few characters
  return cost;
}

function greedy(chars: string[], glyphs: readonly Glyph[], maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  let w = 0;
  chars.forEach((c, i) => {
    if (w + glyphs[i].adv > maxWidth && line) {
      lines.push(line);
      line = '';
      w = 0;
    }
    line += c;
    w += glyphs[i].adv;
  });
  if (line) lines.push(line);
  return lines;
}
