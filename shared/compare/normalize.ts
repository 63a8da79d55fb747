// 对比往年 options: differences a reader does not count as changes. Punctuation width is read with the
// checks' own half-width rule (fixHalfwidth: "3.5" stays a number, "," in Chinese text is "，").
import { fixHalfwidth } from '../checks/punctuation';

export interface CompareOptions {
  /** half-width and full-width punctuation count as the same (，/, ；/; （）/()) */
  ignorePunctuationWidth?: boolean;
  /** spaces, full-width spaces, tabs and line breaks inside a text are not compared */
  ignoreWhitespace?: boolean;
}

/** The form two texts are compared in; the identity without options. */
export function comparable(text: string, opts: CompareOptions): string {
  let t = text;
  if (opts.ignorePunctuationWidth) t = fixHalfwidth(t);
  if (opts.ignoreWhitespace) t = t.replace(/[\s\u3000]+/g, '');
  return t;
}

/** Whether two texts differ once the options are applied. */
export function differs(a: string, b: string, opts: CompareOptions): boolean {
  if (a === b) return false;
  if (!opts.ignorePunctuationWidth && !opts.ignoreWhitespace) return true;
  return comparable(a, opts) !== comparable(b, opts);
}
