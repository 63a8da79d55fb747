// The 要点 document model. Pure data: no Electron, DOM or Node imports anywhere under shared/.

export type Level = 1 | 2 | 3 | 4;
export const LEVELS: readonly Level[] = [1, 2, 3, 4];

/** How a level numbers: through the whole document, restarting under each parent, or not at all. */
export type NumberingMode = 'continuous' | 'restart' | 'none';
export type NumberingModes = Record<Level, NumberingMode>;

export interface Section {
  /** Stable identity for the store and the editor; never printed. */
  id: string;
  /** 1 一、 / 2 (一) / 3 1. / 4 (1): the numbering style, not the depth (1. may sit directly under 一、). */
  level: Level;
  /** Heading text without its number and without the 。 that ends a run-in heading. May be empty. */
  heading: string;
  /** true: "(三)标题。正文…" in one paragraph; false: the heading stands alone on its line. */
  runIn: boolean;
  /** Body paragraphs. For a run-in heading the first one is the text that follows the heading. */
  paragraphs: string[];
  children: Section[];
  /** The number label exactly as an imported source printed it ("(六)", "1、"), kept only to report problems. */
  sourceLabel?: string | null;
  /** 任务分工: who leads, who helps, by when; absent or null = not assigned */
  assignment?: Assignment | null;
}

/** A section's 任务分工 (usually on the second or third level, whichever the office assigns). */
export interface Assignment {
  /** 牵头单位 (责任单位, 主办, 负责部门), in the order written */
  lead: string[];
  /** 配合单位 (协办) */
  support: string[];
  /** 完成时限 as written, e.g. 6月底前, 全年, 持续推进; null when none */
  deadline: string | null;
  /** the deadline as YYYY-MM-DD when the text names one (6月底前 → the year's 06-30); null otherwise */
  deadlineDate: string | null;
  /** 责任领导, optional */
  leader: string | null;
}

/** The notice (红头) around the 要点. Every field is optional text; dates are YYYY-MM-DD. */
export interface NoticeMeta {
  /** 发文机关 full name, e.g. 江苏省民政厅 */
  issuer: string | null;
  /** 发文机关标志 as printed in red, e.g. 江苏省民政厅文件 (defaults to issuer + 文件 at export) */
  issuerMark: string | null;
  /** 发文字号, e.g. 苏民发〔2014〕1号 */
  docNumber: string | null;
  /** 份号 */
  copyNumber: string | null;
  /** 密级和保密期限, e.g. 秘密★1年 */
  secrecy: string | null;
  /** 紧急程度, e.g. 特急 */
  urgency: string | null;
  /** 签发人 (upward documents only) */
  signer: string | null;
  /** 标题 of the notice, e.g. 关于印发2014年全省民政工作要点的通知 */
  noticeTitle: string | null;
  /** 主送机关, without the closing colon */
  recipients: string | null;
  /** The short cover-letter paragraphs between 主送 and 署名 */
  coverParagraphs: string[];
  /** 附件说明: attachment names, without numbers or final punctuation */
  attachments: string[];
  /** 署名 */
  signature: string | null;
  /** 成文日期, YYYY-MM-DD */
  date: string | null;
  /** 附注 with its parentheses, e.g. (此件公开发布) */
  note: string | null;
  /** 抄送机关, without 抄送: and without the final 。 */
  cc: string | null;
  /** 印发机关 */
  printedBy: string | null;
  /** 印发日期, YYYY-MM-DD */
  printedDate: string | null;
  /** The 要点's own title, e.g. 2024年全省民政工作要点 */
  title: string | null;
  /** A credit line printed under the 要点's title, e.g. （民政部　一九九七年一月二十八日）; absent = none */
  byline?: string | null;
}

export interface TocEntry {
  level: Level;
  /** numeral as printed without punctuation, or null */
  number: string | null;
  heading: string;
}

export interface Warning {
  /** machine-readable, e.g. number-gap, number-missing, truncated, toc-mismatch */
  code: string;
  /** Chinese, for the user */
  message: string;
  /** the section it is about (a new-year draft's 请核对 marks); absent for the whole document */
  sectionId?: string | null;
}

/** One block of an attachment's content: a paragraph, or a table (rows of cell texts; the first headerRows repeat). */
export type AppendixBlock =
  { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][]; headerRows: number };

/** The content of an attachment printed after the 署名 on pages of its own ("附件1" + title + text/tables). */
export interface Appendix {
  /** as printed at the top left, e.g. 附件1 or 附件 */
  label: string;
  /** the attachment's title, or null */
  title: string | null;
  blocks: AppendixBlock[];
}

export interface YaodianDocument {
  meta: NoticeMeta;
  /** paragraphs of the 要点 before 一、 */
  preamble: string[];
  sections: Section[];
  numbering: NumberingModes;
  /** a table of contents found in the source (kept for reference, never printed as sections) */
  toc: TocEntry[] | null;
  warnings: Warning[];
  /** attachment content after the 署名 (附件说明 names stay in meta.attachments); absent = none */
  appendices?: Appendix[];
}
