// 规范检查 findings. Each has a location a user can find and, where safe, a fix.
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** machine-readable rule id, e.g. number-gap, doc-number-brackets, halfwidth-punctuation */
  code: string;
  severity: Severity;
  /** Chinese message for the user */
  message: string;
  /** where: a number path such as "二、(三)", or a field name in Chinese such as "发文字号" */
  location: string;
  sectionId: string | null;
  /** the metadata field concerned, when the finding is about the notice rather than a section */
  field: string | null;
  /** present when a one-click fix is safe; applying it is done by shared/checks (applyFix) */
  fix: { label: string } | null;
  /** lexicon findings (wording, political-term, number-usage, name-change): the text matched */
  matched?: string;
  /** lexicon findings: the right form */
  suggestion?: string;
  /** lexicon findings: the standard, dictionary or regulation the entry rests on */
  source?: string;
  /** lexicon findings: the entry's id, and the key that "ignore here" remembers */
  entryId?: string;
  ignoreKey?: string;
}
