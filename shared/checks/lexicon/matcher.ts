// The lexicon compiled once: every wrong form of every entry in one automaton, each hit then judged by the
// context its entry gives. Precision first (宁可漏报，不可误报): a hit that is part of the right form, or that
// overlaps a longer hit, is dropped.
import { AhoCorasick } from './aho-corasick';
import type { LexiconEntry } from './types';

export interface LexiconHit {
  entry: LexiconEntry;
  start: number;
  end: number;
  matched: string;
}

interface Form {
  entry: LexiconEntry;
  form: string;
  /** where the wrong form sits inside the right one (e.g. 新时代… inside 习近平新时代…), if it does */
  insideRight: number[];
}

interface CompiledContext {
  before?: RegExp;
  after?: RegExp;
  notBefore?: RegExp;
  notAfter?: RegExp;
}

/** How far around a hit the context expressions may look. */
const WINDOW = 40;

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((p) => [x, ...p]));
}

/** The wrong forms of an entry: its list, plus every other order of an ordered formulation. */
export function wrongForms(entry: LexiconEntry): string[] {
  const forms = new Set(entry.wrong ?? []);
  if (entry.order) {
    const right = entry.order.items.join('|');
    for (const p of permutations(entry.order.items)) {
      if (p.join('|') === right) continue;
      for (const j of entry.order.joiners) forms.add(p.join(j));
    }
  }
  forms.delete(entry.right);
  return [...forms];
}

function positionsIn(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

function compileContext(entry: LexiconEntry): CompiledContext {
  const c = entry.context ?? {};
  const at = (src: string | undefined, end: boolean) =>
    src ? new RegExp(end ? `(?:${src})$` : `^(?:${src})`, 'u') : undefined;
  return {
    before: at(c.before, true),
    notBefore: at(c.notBefore, true),
    after: at(c.after, false),
    notAfter: at(c.notAfter, false),
  };
}

export class CompiledLexicon {
  readonly entries: readonly LexiconEntry[];
  private readonly automaton: AhoCorasick<Form>;
  private readonly contexts = new Map<LexiconEntry, CompiledContext>();

  constructor(entries: readonly LexiconEntry[]) {
    this.entries = entries;
    const forms: { pattern: string; value: Form }[] = [];
    for (const entry of entries) {
      this.contexts.set(entry, compileContext(entry));
      for (const form of wrongForms(entry)) {
        forms.push({ pattern: form, value: { entry, form, insideRight: positionsIn(entry.right, form) } });
      }
    }
    this.automaton = new AhoCorasick(forms);
  }

  private accepts(text: string, start: number, end: number, f: Form): boolean {
    // the wrong form is part of the right one here ("新时代中国特色社会主义思想" inside the full formulation)
    for (const k of f.insideRight) if (text.startsWith(f.entry.right, start - k)) return false;
    const c = this.contexts.get(f.entry)!;
    const before = c.before || c.notBefore ? text.slice(Math.max(0, start - WINDOW), start) : '';
    const after = c.after || c.notAfter ? text.slice(end, end + WINDOW) : '';
    if (c.before && !c.before.test(before)) return false;
    if (c.notBefore && c.notBefore.test(before)) return false;
    if (c.after && !c.after.test(after)) return false;
    if (c.notAfter && c.notAfter.test(after)) return false;
    return true;
  }

  /** Accepted hits in a text, left to right, none overlapping (the longer wins where two overlap). */
  find(text: string, year: number | null): LexiconHit[] {
    const raw = this.automaton.search(text);
    if (!raw.length) return [];
    const accepted = raw
      // a changed name is wrong only in documents of a later year (an unknown year is not checked)
      .filter((h) => !h.value.entry.since || (year !== null && year > h.value.entry.since))
      .filter((h) => this.accepts(text, h.start, h.end, h.value))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const out: LexiconHit[] = [];
    let reach = -1;
    for (const h of accepted) {
      if (h.start < reach) continue;
      out.push({ entry: h.value.entry, start: h.start, end: h.end, matched: text.slice(h.start, h.end) });
      reach = h.end;
    }
    return out;
  }

  /** The text with every accepted hit of one entry replaced by its right form. */
  replace(text: string, entryId: string, year: number | null): string {
    const hits = this.find(text, year).filter((h) => h.entry.id === entryId);
    if (!hits.length) return text;
    let out = '';
    let from = 0;
    for (const h of hits) {
      out += text.slice(from, h.start) + h.entry.right;
      from = h.end;
    }
    return out + text.slice(from);
  }
}
