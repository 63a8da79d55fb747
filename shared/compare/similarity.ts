// Character-bigram sets for matching sections across years. Text is folded first (full/half width alike,
// digits alike, letters in one case, no punctuation or spaces) so that 2024→2025 and ，→, do not count.

/**
 * The folded code unit of c, or -1 to skip it (by code unit: this runs over every character of both
 * documents). Full-width ASCII → ASCII, digits → 0, upper → lower case, punctuation and spaces dropped.
 */
function foldCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  if (c >= 0x30 && c <= 0x39) return 0x30;
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c >= 0x61 && c <= 0x7a) return c;
  // Latin letters beyond ASCII
  if (c < 0x3000) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) ? c : -1;
  if (c <= 0x303f || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xffef)) return -1; // CJK punctuation, forms
  return c; // Han, kana, surrogate halves …
}

/** Interns bigrams as small integers shared by both documents. */
export class BigramDictionary {
  private ids = new Map<number, number>();

  /** Sorted unique bigram ids of a text; a one-character text is its own unigram. */
  idsOf(text: string): Int32Array {
    const out: number[] = [];
    let prev = -1;
    let single = -1;
    let count = 0;
    for (let i = 0; i < text.length; i++) {
      const c = foldCode(text.charCodeAt(i));
      if (c < 0) continue;
      count++;
      if (prev >= 0) out.push(this.intern(prev * 0x10000 + c + 0x100000000));
      else single = c;
      prev = c;
    }
    if (count === 1) out.push(this.intern(single));
    const sorted = Int32Array.from(out).sort();
    let n = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i];
    return sorted.slice(0, n);
  }

  private intern(key: number): number {
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    return id;
  }

  get size(): number {
    return this.ids.size;
  }
}

/** Sorted union of two sorted id arrays. */
export function union(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) out[n++] = a[i++];
    else if (i >= a.length || b[j] < a[i]) out[n++] = b[j++];
    else {
      out[n++] = a[i++];
      j++;
    }
  }
  return out.slice(0, n);
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
