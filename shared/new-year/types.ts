// A draft for another year made from a prior document; every change is listed for review first.
export interface YearChange {
  /** where: "要点标题", "通知标题", "发文字号", "成文日期", "印发日期", or a section number path */
  location: string;
  sectionId: string | null;
  before: string;
  after: string;
  /** 'changed': applied; 'cleared': emptied for the user; 'review': left as is, flagged for a person to decide */
  action: 'changed' | 'cleared' | 'review';
  reason: string;
  /** for 'review': the text with the year moved, when moving it is a plausible choice */
  suggestion?: string | null;
}

export interface NewYearOptions {
  /** the new plan year; default: the source's plan year + 1 */
  year?: number;
  /** keep only headings and numbering modes, with bodies emptied */
  skeleton: boolean;
}
