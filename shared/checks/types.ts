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
}
