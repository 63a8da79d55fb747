// Which matched sections moved: under another parent, or out of their relative order among the siblings
// that stayed together (the longest increasing subsequence of old positions stays; the rest moved).
import type { Matching } from './matching';
import type { Node } from './nodes';

/** Indices (into seq) of a longest strictly increasing subsequence. */
function longestIncreasing(seq: number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]] < seq[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) keep.add(i);
  return keep;
}

/** For each new section: 'parent', 'order', or null when it did not move (or is new). */
export function findMoves(olds: Node[], news: Node[], m: Matching): Array<'parent' | 'order' | null> {
  const moves = new Array<'parent' | 'order' | null>(news.length).fill(null);
  const sameParent = (n: Node) => {
    const o = olds[m.newToOld[n.index]];
    return o.parent < 0 ? n.parent < 0 : m.oldToNew[o.parent] === n.parent && n.parent >= 0;
  };
  const groups: number[][] = [news.filter((n) => n.parent < 0).map((n) => n.index), ...news.map((n) => n.children)];
  for (const group of groups) {
    const stayed: number[] = [];
    for (const i of group) {
      if (m.newToOld[i] < 0) continue;
      if (sameParent(news[i])) stayed.push(i);
      else moves[i] = 'parent';
    }
    const keep = longestIncreasing(stayed.map((i) => olds[m.newToOld[i]].position));
    stayed.forEach((i, k) => {
      if (!keep.has(k)) moves[i] = 'order';
    });
  }
  return moves;
}
