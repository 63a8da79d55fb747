// The automaton finds exactly what a naive search over every pattern finds, overlaps included.
import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../shared/checks/lexicon/aho-corasick';

function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, k) => {
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push(`${i}:${i + p.length}:${k}`);
  });
  return out.sort();
}

describe('Aho–Corasick', () => {
  it('finds overlapping and nested patterns', () => {
    const ac = new AhoCorasick(['he', 'she', 'his', 'hers'].map((pattern, k) => ({ pattern, value: k })));
    expect(ac.search('ushers').map((h) => [h.start, h.end, h.value])).toEqual([
      [1, 4, 1],
      [2, 4, 0],
      [2, 6, 3],
    ]);
  });

  it('agrees with a naive search on random Chinese text (seeded)', () => {
    let seed = 42;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const alphabet = '截止至部署布安排按民政';
    const word = (len: number) => Array.from({ length: len }, () => alphabet[rand(alphabet.length)]).join('');
    for (let round = 0; round < 50; round++) {
      const patterns = Array.from({ length: 1 + rand(12) }, () => word(1 + rand(4)));
      const text = word(200);
      const ac = new AhoCorasick(patterns.map((pattern, k) => ({ pattern, value: k })));
      expect(
        ac
          .search(text)
          .map((h) => `${h.start}:${h.end}:${h.value}`)
          .sort(),
      ).toEqual(naive(patterns, text));
    }
  });
});
