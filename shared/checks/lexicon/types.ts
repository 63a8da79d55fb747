// A lexicon entry as the data files write it: the wrong forms, the right one, why, and on what authority.
import type { Severity } from '../types';

type LexiconCategory = 'wording' | 'political-term' | 'number-usage' | 'name-change';

/**
 * Regular expressions (source text) read around a hit: `before` must match the text just before it (tested
 * at its end), `after` the text just after it (tested at its start); `notBefore` / `notAfter` must not.
 * They separate right from wrong use: 截止 is wrong only when a time point follows.
 */
interface LexiconContext {
  before?: string;
  after?: string;
  notBefore?: string;
  notAfter?: string;
}

export interface LexiconEntry {
  /** stable id, used by "ignore" and by tests */
  id: string;
  category: LexiconCategory;
  /** the wrong forms, matched literally (one Aho–Corasick pass for all entries) */
  wrong?: string[];
  /**
   * a fixed list in its official order (四个意识): every other order of the items, joined with the joiner
   * or with nothing, is a wrong form
   */
  order?: { items: string[]; joiners: string[] };
  /** the right form; with fix it replaces the wrong one in one click */
  right: string;
  /** the replacement is unambiguous: one click may apply it */
  fix?: boolean;
  severity?: Severity;
  context?: LexiconContext;
  /** the year a name changed: only documents of a later year are checked (a document's year is its plan year) */
  since?: number;
  /** the standard, dictionary, regulation or official list the entry rests on */
  source: string;
  /** a short reason for the user */
  reason: string;
  /** where the entry came from: built in, or the office's own file */
  origin?: 'builtin' | 'office';
}

/** A number rule from GB/T 15835 and the like: a pattern rather than a list of words (see number-rules.ts). */
export interface NumberPatternEntry {
  id: string;
  category: 'number-usage';
  /** a regular expression (source text, flag u) whose whole match is the wrong text */
  pattern: string;
  /** the replacement (with $1 … groups) when unambiguous */
  replace?: string;
  right: string;
  severity?: Severity;
  source: string;
  reason: string;
}
