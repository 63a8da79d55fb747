// Which old section became which new one: similarity of heading and body (character bigrams, Dice), level
// aware, matched greedily by score; then context (matched parents and neighbours) settles the weaker
// pairs, and a parent whose children mostly matched one new parent is matched to it.
import type { Node } from './nodes';
import { dice, intersectionSize } from './similarity';

/** A pair at least this similar is taken on its own. */
const STRONG = 0.6;
/** With matching context (parents matched, or the previous siblings), a pair this similar is taken. */
const WITH_CONTEXT = 0.45;
const CONTEXT_BONUS = 0.1;
const NEIGHBOUR_BONUS = 0.05;
/** Pairs below this are never candidates. */
const FLOOR = 0.3;
/** Rarest bigrams of a section used to find candidates, and candidates kept per section. */
const PREFIX = 24;
const PER_SECTION = 16;
/**
 * A bigram held by more new sections than this is common (的、工作、推进 recur in every 要点): only the new
 * sections within WINDOW places of where the old one would sit are read from its postings. That keeps the
 * search linear in the document's length; a moved section is still found through its rarer bigrams.
 */
const COMMON = 64;
const WINDOW = 64;
/** Identical new sections (same level, heading and body) taken as an old section's candidates, nearest first. */
const SAME_TEXT = 4;

/** First position in flat[from, to) (ascending) holding a value ≥ value. */
function lowerBound(flat: Int32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (flat[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The k entries of `list` with the highest counts (ties: first seen), without sorting the whole list. */
function topByCount(list: number[], counts: Int32Array, k: number): number[] {
  const top: number[] = [];
  for (const n of list) {
    if (top.length === k && counts[n] <= counts[top[k - 1]]) continue;
    let i = top.length < k ? top.length : k - 1;
    while (i > 0 && counts[top[i - 1]] < counts[n]) {
      if (i < k) top[i] = top[i - 1];
      i--;
    }
    top[i] = n;
  }
  return top;
}

const textKey = (n: Node) => `${n.section.level}\u0000${n.section.heading}\u0000${n.section.paragraphs.join('\u0001')}`;

function similarity(a: Node, b: Node): number {
  const dh = dice(a.heading, b.heading);
  const db = dice(a.body, b.body);
  let s: number;
  if (dh !== null && db !== null) s = 0.5 * dh + 0.5 * db;
  else if (dh !== null) s = dh * (a.body.length || b.body.length ? 0.9 : 1);
  else if (db !== null) s = db * (a.heading.length || b.heading.length ? 0.9 : 1);
  else return a.section.heading === b.section.heading && !a.all.length ? 0.5 : 0;
  const levelGap = Math.abs(a.section.level - b.section.level);
  return s * (levelGap === 0 ? 1 : levelGap === 1 ? 0.85 : 0.6);
}

interface Candidate {
  o: number;
  n: number;
  score: number;
}

/** Candidate pairs through an inverted index over the rarest bigrams, then scored exactly. */
function candidates(olds: Node[], news: Node[]): Candidate[] {
  let maxId = 0;
  for (const n of news) if (n.all.length) maxId = Math.max(maxId, n.all[n.all.length - 1]);
  for (const o of olds) if (o.all.length) maxId = Math.max(maxId, o.all[o.all.length - 1]);
  // postings as one flat array: the new sections holding bigram id are flat[start[id] .. start[id + 1])
  const df = new Int32Array(maxId + 2);
  for (const n of news) for (const id of n.all) df[id]++;
  const start = new Int32Array(maxId + 2);
  for (let id = 1; id <= maxId + 1; id++) start[id] = start[id - 1] + df[id - 1];
  const fill = start.slice();
  const flat = new Int32Array(start[maxId + 1]);
  for (const n of news) for (const id of n.all) flat[fill[id]++] = n.index;
  const byHeading = new Map<string, number[]>();
  for (const n of news) {
    const key = n.section.heading.trim();
    if (key) byHeading.set(key, [...(byHeading.get(key) ?? []), n.index]);
  }
  const sameText = new Map<string, number[]>();
  for (const n of news) {
    const key = textKey(n);
    const list = sameText.get(key);
    if (list) list.push(n.index);
    else sameText.set(key, [n.index]);
  }
  const counts = new Int32Array(news.length);
  const out: Candidate[] = [];
  for (const o of olds) {
    const centre = Math.round((o.index * news.length) / Math.max(1, olds.length));
    // most sections come back unchanged: their identical new sections are the candidates, no search needed
    const same = o.all.length ? sameText.get(textKey(o)) : undefined;
    if (same) {
      const byDistance = (x: number, y: number) => Math.abs(x - centre) - Math.abs(y - centre);
      const nearest = same.length <= SAME_TEXT ? same : [...same].sort(byDistance).slice(0, SAME_TEXT);
      for (const n of nearest) out.push({ o: o.index, n, score: similarity(o, news[n]) });
      continue;
    }
    let ids = Array.from(o.all).filter((id) => df[id] > 0);
    if (ids.length > PREFIX) ids = ids.sort((x, y) => df[x] - df[y]).slice(0, PREFIX);
    const touched: number[] = [];
    for (const id of ids) {
      let from = start[id];
      let to = start[id + 1];
      if (to - from > COMMON) {
        // postings are in document order: read only the window around where the old section would sit
        from = lowerBound(flat, from, to, centre - WINDOW);
        to = lowerBound(flat, from, to, centre + WINDOW + 1);
      }
      for (let p = from; p < to; p++) {
        const n = flat[p];
        if (counts[n] === 0) touched.push(n);
        counts[n]++;
      }
    }
    const picked = new Set(topByCount(touched, counts, PER_SECTION));
    for (const n of byHeading.get(o.section.heading.trim()) ?? []) picked.add(n);
    for (const n of touched) counts[n] = 0;
    for (const n of picked) {
      const score = similarity(o, news[n]);
      if (score >= FLOOR) out.push({ o: o.index, n, score });
    }
    // sections with neither heading nor body text can only pair by position below
  }
  return out;
}

export interface Matching {
  oldToNew: Int32Array;
  newToOld: Int32Array;
  /** similarity of each old section's pair */
  score: Float64Array;
}

export function matchSections(olds: Node[], news: Node[]): Matching {
  const oldToNew = new Int32Array(olds.length).fill(-1);
  const newToOld = new Int32Array(news.length).fill(-1);
  const score = new Float64Array(olds.length);
  const take = (o: number, n: number, s: number) => {
    oldToNew[o] = n;
    newToOld[n] = o;
    score[o] = s;
  };
  const all = candidates(olds, news).sort((a, b) => b.score - a.score || Math.abs(a.o - a.n) - Math.abs(b.o - b.n));
  for (const c of all) if (c.score >= STRONG && oldToNew[c.o] < 0 && newToOld[c.n] < 0) take(c.o, c.n, c.score);

  const parentsMatch = (o: number, n: number) => {
    const op = olds[o].parent;
    const np = news[n].parent;
    return op < 0 ? np < 0 : oldToNew[op] === np && np >= 0;
  };
  const previousMatch = (o: number, n: number) => {
    const ob = olds[o].prev;
    const nb = news[n].prev;
    return ob < 0 ? nb < 0 : nb >= 0 && oldToNew[ob] === nb;
  };
  const contextual = all
    .filter((c) => oldToNew[c.o] < 0 && newToOld[c.n] < 0)
    .map((c) => ({
      ...c,
      adjusted:
        c.score + (parentsMatch(c.o, c.n) ? CONTEXT_BONUS : 0) + (previousMatch(c.o, c.n) ? NEIGHBOUR_BONUS : 0),
    }))
    .sort((a, b) => b.adjusted - a.adjusted);
  for (const c of contextual)
    if (c.adjusted >= WITH_CONTEXT && oldToNew[c.o] < 0 && newToOld[c.n] < 0) take(c.o, c.n, c.score);

  matchParentsByChildren(olds, news, oldToNew, newToOld, take);
  return { oldToNew, newToOld, score };
}

/** A heading reworded beyond recognition still matches when most of its children went to one new parent. */
function matchParentsByChildren(
  olds: Node[],
  news: Node[],
  oldToNew: Int32Array,
  newToOld: Int32Array,
  take: (o: number, n: number, s: number) => void,
): void {
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (const o of olds) {
      if (oldToNew[o.index] >= 0 || !o.children.length) continue;
      const votes = new Map<number, number>();
      for (const c of o.children) {
        const nc = oldToNew[c];
        if (nc >= 0 && news[nc].parent >= 0) votes.set(news[nc].parent, (votes.get(news[nc].parent) ?? 0) + 1);
      }
      const best = [...votes].filter(([n]) => newToOld[n] < 0).sort((a, b) => b[1] - a[1])[0];
      if (!best) continue;
      const [n, count] = best;
      if (count * 2 < Math.min(o.children.length, news[n].children.length)) continue;
      const heading = dice(o.heading, news[n].heading) ?? 0;
      take(o.index, n, Math.max(similarity(o, news[n]), heading * 0.5, intersectionSize(o.all, news[n].all) ? 0.1 : 0));
      changed = true;
    }
    if (!changed) return;
  }
}
