// Character-bigram sets for matching sections across years. Text is folded first (full/half width alike,
// digits alike, no punctuation or spaces) so that 2024→2025 and ，→, do not count as differences.

/** Folded text: NFKC, every digit 0, letters lower-case, only letters, digits and Han kept. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\d/g, '0').replace(/[^\p{L}\p{N}]/gu, '');
}

/** Interns bigrams as small integers shared by both documents. */
export class BigramDictionary {
  private ids = new Map<string, number>();

  /** Sorted unique bigram ids of a text; a one-character text is its own unigram. */
  idsOf(text: string): Int32Array {
    const chars = [...fold(text)];
    const grams = chars.length === 1 ? [chars[0]] : chars.slice(1).map((c, i) => chars[i] + c);
    const set = new Set<number>();
    for (const g of grams) {
      let id = this.ids.get(g);
      if (id === undefined) this.ids.set(g, (id = this.ids.size));
      set.add(id);
    }
    return Int32Array.from(set).sort();
  }

  get size(): number {
    return this.ids.size;
  }
}

/** |A ∩ B| of two sorted id arrays. */
export function intersectionSize(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** Sørensen–Dice coefficient; null when either side is empty (nothing to compare). */
export function dice(a: Int32Array, b: Int32Array): number | null {
  if (!a.length || !b.length) return null;
  return (2 * intersectionSize(a, b)) / (a.length + b.length);
}
