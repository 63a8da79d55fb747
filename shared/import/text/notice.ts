// The notice (红头) around a 要点: 发文机关标志, 份号/密级/紧急程度, 发文字号 and 签发人, the notice title,
// 主送, cover-letter paragraphs, 附件说明, 署名, 成文日期 and 附注; and the 版记 lines 抄送 / …印发.
import { readDate, YEAR } from './dates';
import type { NoticeMeta } from '../../model/types';
import type { TextLine } from './line';
import { charLength } from './sentences';

export type NoticeFields = Pick<
  NoticeMeta,
  | 'issuerMark'
  | 'docNumber'
  | 'copyNumber'
  | 'secrecy'
  | 'urgency'
  | 'signer'
  | 'noticeTitle'
  | 'recipients'
  | 'coverParagraphs'
  | 'attachments'
  | 'signature'
  | 'date'
  | 'note'
>;

const NO_PUNCT = /^[^。，,；;：:！？!?]+$/;
const ISSUER_MARK = /^[^。，,；;：:]{2,40}文件$/;
const COPY_NUMBER = /^(?:份号[:：]?[\s\u3000]*)?(\d{6})$/;
const SECRECY = /^(?:绝密|机密|秘密)(?:[★☆*].{0,10})?$/;
const URGENCY = /^(?:特急|加急|特提|平急)$/;
// 发文字号: 机关代字 + 〔年份〕 + 序号 + 号; sloppy sources use [] 【】 () ［］ for 〔〕.
const DOC_NUMBER =
  /^([\u4e00-\u9fa5A-Za-z]{1,20})[\s\u3000]*[〔[【(（［][\s\u3000]*(\d{4})[\s\u3000]*[〕\]】)）］][\s\u3000]*(\d{1,5})[\s\u3000]*号/;
const SIGNER = /签发人[\s\u3000]*[:：][\s\u3000]*(.+)$/;
const NOTICE_TITLE =
  /^[^。；;：:]{0,60}关于[^。；;]{2,150}(?:通知|通报|意见|决定|函|批复|答复|报告|请示|公告|通告|纪要|办法|方案)$/;
// titles without 关于: "XX市民政局印发《2024年工作要点》的通知"
const NOTICE_TITLE_ALT = /^[^。；;：:]{2,150}(?:印发|转发|下发)[^。；;：:]{0,150}(?:通知|通报)$/;
const NOTICE_END = /(?:通知|通报|意见|决定|函|批复|答复|报告|请示|公告|通告|纪要)$/;
// a reply to a proposal or a letter: "国务院办公厅对全国政协十届三次会议第2741号提案的答复"
const REPLY_TITLE = /^[^。；;：:]{2,60}对[^。；;：:]{2,100}(?:提案|建议|来信|意见)的(?:答复|复函)$/;
const ATTACHMENT = /^附[\s\u3000]*件[\s\u3000]*\d*[\s\u3000]*[:：][\s\u3000]*(.*)$/;
// 附注: "（此件公开发布）"; web copies often drop the brackets of the usual ones
const NOTE =
  /^(?:[(（][^()（）]{2,80}[)）]|此件(?:公开发布|主动公开|依申请公开|不予公开|不公开|发至[^。，,]{1,12})。?|(?:公开方式|公开属性|信息公开选项)[\s\u3000]*[:：][\s\u3000]*\S{2,12}|联系人[\s\u3000]*[:：].{1,40}(?:电话|手机|联系方式)[\s\u3000]*[:：]?[\s\u3000]*[\d\s()（）\-－—、,，]{5,40}。?)$/;
// a site's or editor's remark in brackets ("（本文有删减）"): neither 附注 nor text of the document
export const EDITORIAL =
  /^[(（][\s\u3000]*(?:本文有删减|本文有删节|有删减|有删节|略|节选|摘编|摘要|全文略|此处有删减|内容有删减)[\s\u3000]*[)）]$/;
const CONTACT =
  /^联系人[\s\u3000]*[:：].{1,40}(?:电话|手机|联系方式)[\s\u3000]*[:：]?[\s\u3000]*[\d\s()（）\-－—、,，]{5,40}[。.]?$/;
const isNote = (t: string) => NOTE.test(t) && !EDITORIAL.test(t);
// A 要点 title: short, no punctuation, ends with 要点 (or a close kind of plan), maybe "(征求意见稿)".
// A red header without 文件 (信函格式 or a web copy): the unit's name alone at the top.
const ORG_NAME = /^[^。，,；;：:、]{2,30}(?:厅|局|委员会|政府|办公室|办公厅|委|部)$/;
const TITLE =
  /(?:要点|工作计划|工作安排|工作思路|重点工作|工作重点|任务清单|任务分工|实施方案|工作方案)(?:[(（][^()（）]{1,12}[)）])?$/;

export function isTitleCandidate(line: TextLine): boolean {
  const t = line.text;
  const bare = /^《[^《》]+》$/.test(t) ? t.slice(1, -1) : t;
  return !line.label && charLength(t) <= 60 && TITLE.test(bare) && !/[。，,；;：:《》]/.test(bare) && !/^关于/.test(t);
}

export function isAttachmentLine(text: string): boolean {
  return ATTACHMENT.test(text);
}

/** Name of an attachment without its number and final punctuation. */
function attachmentName(text: string, label: TextLine['label']): string {
  const t = label ? label.rest : text;
  return t.replace(/[。.;；]$/, '').trim();
}

export function normaliseDocNumber(text: string): string | null {
  const m = DOC_NUMBER.exec(text);
  return m ? `${m[1]}〔${m[2]}〕${m[3]}号` : null;
}

/** "江苏省民政厅 2014年1月5日" on one line → signature and date. */
function signatureWithDate(text: string): { signature: string; date: string } | null {
  const m = /^(.{2,40}?)[\s\u3000]+(\S+)$/.exec(text);
  if (!m || !NO_PUNCT.test(m[1])) return null;
  const date = readDate(m[2]);
  return date ? { signature: m[1].trim(), date } : null;
}

function isRed(color: string | null | undefined): boolean {
  const m = color ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color) : null;
  return !!m && parseInt(m[1], 16) >= 0xb0 && parseInt(m[2], 16) <= 0x60 && parseInt(m[3], 16) <= 0x60;
}

// 主送 lists units; a sentence ending with a colon ("总体要求是：", "通知如下：") is not one
const UNIT_WORD = /局|厅|委|办|室|处|科|单位|部门|政府|中心|院|会|所|站|队|司|部|社|同志|机关|各|主席|代表|先生|女士/;
export function isRecipients(text: string): boolean {
  return (
    /[:：]$/.test(text) &&
    charLength(text) <= 300 &&
    !/[。；;]/.test(text) &&
    UNIT_WORD.test(text) &&
    !/(?:如下|以下|是|为|要|有|将|了)[:：]$/.test(text) &&
    !ATTACHMENT.test(text) &&
    !SIGNER.test(text)
  );
}

function isSignatureLine(text: string): boolean {
  return charLength(text) <= 40 && NO_PUNCT.test(text) && !/^特此/.test(text);
}

function squashSpaces(text: string): string {
  return text.replace(/[\s\u3000]+/g, ' ').trim();
}

/**
 * A title Word or a web page broke over 2–3 lines: joined, it is a notice title ending on the last line.
 * It starts with 关于 or 印发 on the first line, or with the issuing units' names and 关于 on the second.
 */
function brokenTitle(lines: readonly TextLine[], i: number): { text: string; end: number } | null {
  let text = lines[i].text;
  // a whole title on its line is not the start of a broken one (a web copy repeats the title on the next line)
  if (NOTICE_END.test(text) && isNoticeTitle(text)) return null;
  const units = isUnitsLine(text.replace(/、/g, ' ')) && /^关于/.test(lines[i + 1]?.text ?? '');
  if (!units && !/关于|印发|转发|对/.test(text)) return null;
  for (let e = i + 1; e < Math.min(lines.length, i + 3); e++) {
    const next = lines[e];
    if (next.label || /[。；;：:]/.test(next.text) || readDate(next.text)) return null;
    text += next.text;
    if (charLength(text) > 160) return null;
    if (
      NOTICE_END.test(next.text) &&
      ((/关于/.test(text) && (NOTICE_TITLE.test(text) || NOTICE_TITLE_ALT.test(text))) || REPLY_TITLE.test(text))
    )
      return { text, end: e + 1 };
  }
  return null;
}

// a unit's name: what it ends with ("…民政局", "…委员会", "…中心")
const UNIT_END = '(?:厅|局|委员会|政府|办公室|办公厅|委|部|会|院|中心)';
const UNIT = new RegExp(`^[^。，,；;：:、]{2,30}${UNIT_END}$`);

/** One or more unit names on a line, spaces between them: "XX市民政局　XX市财政局". */
function isUnitsLine(text: string): boolean {
  return charLength(text) <= 100 && text.split(/[\s\u3000]+/).every((u) => UNIT.test(u));
}
const UNIT_MARK = new RegExp(`^[^。，,；;：:、]{2,30}${UNIT_END}(?:[\\s\\u3000]*文件)?$`);

/**
 * A joint 发文机关标志: unit names one per line with 文件 after the last (or on a line of its own), or
 * followed by the 发文字号. Returns the mark ("XX民政局 XX财政局文件") and the line after it.
 */
function jointMark(lines: readonly TextLine[], i: number): { text: string; end: number } | null {
  const units: string[] = [];
  let e = i;
  let file = false;
  for (; e < lines.length && units.length < 6 && !file; e++) {
    const t = lines[e].text;
    if (/^文[\s\u3000]*件$/.test(t) && units.length) file = true;
    else if (!lines[e].label && UNIT_MARK.test(t)) {
      units.push(t.replace(/[\s\u3000]*文件$/, ''));
      file = /文件$/.test(t);
    } else break;
  }
  if (units.length < 2 || (!file && !(lines[e] && normaliseDocNumber(lines[e].text)))) return null;
  if (new Set(units).size < units.length) return null;
  return { text: units.map(squashSpaces).join(' ') + (file ? '文件' : ''), end: e };
}

export interface FrontResult {
  fields: NoticeFields;
  /** lines consumed by the notice; the rest of the region is the 要点's title and preamble */
  consumed: number;
}

/**
 * Reads the notice at the top of a region (the lines before the 要点 title or the first numbered line).
 * Stops at the first line that belongs to the 要点 rather than the notice.
 */
const squash = (t: string) => t.replace(/[\s\u3000]+/g, '');
const isNoticeTitle = (t: string) =>
  charLength(t) <= 160 && (NOTICE_TITLE.test(t) || NOTICE_TITLE_ALT.test(t) || REPLY_TITLE.test(t));
const TITLE_THEN_NUMBER = new RegExp(
  `^(.+(?:通知|通报|意见|决定|函|批复|答复))[\\s\\u3000]*([\\u4e00-\\u9fa5A-Za-z]{1,12}[\\s\\u3000]*[〔[【(（［][\\s\\u3000]*\\d{4}[\\s\\u3000]*[〕\\]】)）］][\\s\\u3000]*\\d{1,5}[\\s\\u3000]*号)$`,
);

/** A title and its 发文字号 on one line, either way round: "…的通知某民发〔2024〕3号", "某民发〔2024〕3号　关于…的通知". */
function gluedTitle(text: string): { title: string; docNumber: string } | null {
  const after = TITLE_THEN_NUMBER.exec(text);
  if (after && isNoticeTitle(after[1].trim()) && normaliseDocNumber(after[2])) {
    return { title: after[1].trim(), docNumber: normaliseDocNumber(after[2])! };
  }
  const before = DOC_NUMBER.exec(text);
  const rest = before ? text.slice(before[0].length).trim() : '';
  return before && rest && isNoticeTitle(rest) ? { title: rest, docNumber: normaliseDocNumber(text)! } : null;
}

/**
 * The notice title a web page's metadata gave (标题：…), found in the document broken over up to four lines or
 * spaced out ("几 个 问 题 的 通 知"): the lines from i whose text, without spaces, is the title.
 */
function titleFromHint(lines: readonly TextLine[], i: number, hint: string): { text: string; end: number } | null {
  const want = hint.replace(/[\s\u3000]+/g, '');
  let have = '';
  for (let e = i; e < Math.min(lines.length, i + 4); e++) {
    if (lines[e].label) return null;
    have += lines[e].text.replace(/[\s\u3000]+/g, '');
    if (have === want) return { text: want, end: e + 1 };
    if (!want.startsWith(have)) return null;
  }
  return null;
}

export function parseNoticeFront(lines: readonly TextLine[], titleHint: string | null = null): FrontResult {
  const f: NoticeFields = {
    issuerMark: null,
    docNumber: null,
    copyNumber: null,
    secrecy: null,
    urgency: null,
    signer: null,
    noticeTitle: null,
    recipients: null,
    coverParagraphs: [],
    attachments: [],
    signature: null,
    date: null,
    note: null,
  };
  // Lines before 主送 or 成文日期 belong to the notice only when one of those comes later.
  const laterNotice = lines.map(() => false);
  for (let i = lines.length - 1, seen = false; i >= 0; i--) {
    laterNotice[i] = seen;
    const t = lines[i].text;
    if (isRecipients(t) || readDate(t) || signatureWithDate(t)) seen = true;
  }
  // a date above the 主送 is a page's or a table's date, never the 成文日期 (printed after the body)
  const laterRecipients = lines.map(() => false);
  for (let i = lines.length - 1, seen = false; i >= 0; i--) {
    laterRecipients[i] = seen;
    if (isRecipients(lines[i].text)) seen = true;
  }
  let state: 'head' | 'cover' | 'closing' = 'head';
  let inAttachments = false;
  /** the 发文机关标志 was only a unit's name on the first line (it may turn out to be the 署名) */
  let markFromName = false;
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text;
    if (state === 'closing') {
      if (!f.note && isNote(t)) f.note = t;
      else if (!f.date && readDate(t)) f.date = readDate(t);
      else break;
      continue;
    }
    const date = readDate(t);
    const both = date ? null : signatureWithDate(t);
    if (date && state === 'head' && laterRecipients[i] && charLength(t) <= 20) continue;
    if (date || both) {
      if (both) f.signature = both.signature;
      else {
        // 署名: the short unit lines right before the date (two for a joint notice)
        const units: string[] = [];
        while (
          units.length < 3 &&
          f.coverParagraphs.length &&
          isSignatureLine(f.coverParagraphs[f.coverParagraphs.length - 1])
        ) {
          units.unshift(f.coverParagraphs.pop()!);
        }
        if (units.length) f.signature = units.join(' ');
        // a unit name alone above the date, nothing else read: it was the 署名, not a red header
        else if (markFromName && !f.docNumber && !f.noticeTitle && !f.recipients) {
          f.signature = f.issuerMark;
          f.issuerMark = null;
        }
      }
      if (f.signature) f.signature = squashSpaces(f.signature);
      f.date = date ?? both!.date;
      state = 'closing';
      continue;
    }
    const att = ATTACHMENT.exec(t);
    if (att) {
      inAttachments = true;
      if (att[1]) f.attachments.push(attachmentName(att[1].replace(/^[0-9０-９]+[.．、][\s\u3000]*/, ''), null));
      continue;
    }
    if (inAttachments && line.label && charLength(t) <= 80) {
      f.attachments.push(attachmentName(t, line.label));
      continue;
    }
    inAttachments = false;
    if (state === 'head') {
      // the title first: its first line may be the issuer's name ("国务院办公厅" / "关于…" / "…的函")
      if (!f.noticeTitle && !line.label && charLength(t) <= 160) {
        const title =
          (titleHint && !TITLE.test(titleHint) ? titleFromHint(lines, i, titleHint) : null) ??
          (/关于|印发|转发|对/.test(t) || isUnitsLine(t.replace(/、/g, ' ')) ? brokenTitle(lines, i) : null);
        if (title) {
          f.noticeTitle = title.text;
          i = title.end - 1;
          continue;
        }
      }
      // the title and 文号 a page's table gave, printed again by the document: the notice has them once
      const again = f.noticeTitle && !line.label ? titleFromHint(lines, i, f.noticeTitle) : null;
      if (again) {
        i = again.end - 1;
        continue;
      }
      if (f.docNumber && normaliseDocNumber(t) === f.docNumber && charLength(t) <= 30) continue;
      // pieces of the title printed again (a PDF copy wraps a table's title cell): the notice has its title once
      if (
        f.noticeTitle &&
        charLength(t) <= 40 &&
        !/[。；;：:，,]/.test(t) &&
        !normaliseDocNumber(t) &&
        squash(f.noticeTitle).includes(squash(t))
      )
        continue;
      const glued = gluedTitle(t);
      if (glued && !line.label) {
        f.docNumber ??= glued.docNumber;
        f.noticeTitle ??= glued.title;
        continue;
      }
      const docNumber = normaliseDocNumber(t);
      if (docNumber && !f.docNumber) {
        f.docNumber = docNumber;
        const signer = SIGNER.exec(t);
        if (signer) f.signer = signer[1].trim();
        continue;
      }
      const signer = SIGNER.exec(t);
      if (signer && !f.signer) {
        f.signer = signer[1].trim();
        continue;
      }
      const firstOfNotice = !f.docNumber && !f.noticeTitle && !f.coverParagraphs.length;
      const markLike =
        ISSUER_MARK.test(t) ||
        (isRed(line.hint.color) && charLength(t) <= 40 && NO_PUNCT.test(t)) ||
        (ORG_NAME.test(t) && laterNotice[i] && i === 0);
      if (!f.issuerMark && firstOfNotice && markLike) {
        // a joint notice's header: one unit per line, 文件 after the last ("XX民政局" / "XX财政局　文件")
        const mark = jointMark(lines, i);
        f.issuerMark = mark ? mark.text : t;
        markFromName = !mark && !ISSUER_MARK.test(t) && !isRed(line.hint.color);
        if (mark) i = mark.end - 1;
        continue;
      }
      if (!f.copyNumber && COPY_NUMBER.test(t)) {
        f.copyNumber = COPY_NUMBER.exec(t)![1];
        continue;
      }
      if (!f.secrecy && SECRECY.test(t)) {
        f.secrecy = t;
        continue;
      }
      if (!f.urgency && URGENCY.test(t)) {
        f.urgency = t;
        continue;
      }
      // a web copy repeats the title (page title, then the document's own): the later one is the document's
      if (!line.label && isNoticeTitle(t)) {
        f.noticeTitle = t;
        continue;
      }
      if (!f.noticeTitle && charLength(t) <= 160 && !line.label) {
        // a title broken over two or three lines ("XX市民政局" / "关于印发《…》的通知")
        const title = brokenTitle(lines, i);
        if (title) {
          f.noticeTitle = title.text;
          i = title.end - 1;
          continue;
        }
      }
      if (isRecipients(t)) {
        // a long 主送 wrapped over lines: the earlier part ends with ， or 、
        let head = '';
        while (
          f.coverParagraphs.length &&
          /[，,、]$/.test(f.coverParagraphs[f.coverParagraphs.length - 1]) &&
          UNIT_WORD.test(f.coverParagraphs[f.coverParagraphs.length - 1]) &&
          !/[。；;]/.test(f.coverParagraphs[f.coverParagraphs.length - 1])
        ) {
          head = f.coverParagraphs.pop()! + head;
        }
        f.recipients = (head + t).replace(/[:：]$/, '').trim();
        state = 'cover';
        continue;
      }
      if (!laterNotice[i]) break;
      // text before 主送 that is none of the above: keep it with the cover letter rather than lose it
      f.coverParagraphs.push(t);
      continue;
    }
    // "联系人：张三，联系电话：…" closing the cover letter is the notice's 附注, as GB/T 9704 prints it
    if (CONTACT.test(t) && !f.note) {
      f.note = t;
      continue;
    }
    f.coverParagraphs.push(t);
  }
  return { fields: f, consumed: i };
}

export interface Colophon {
  cc: string | null;
  printedBy: string | null;
  printedDate: string | null;
}

const CC = /^抄[\s\u3000]*送[\s\u3000]*(?:机关)?[\s\u3000]*[:：][\s\u3000]*(.*?)$/;
const PRINTED = new RegExp(
  `^(?:(.{2,40}?)[\\s\\u3000]*)?(${YEAR}[\\s\\u3000]*年.{1,8}月.{1,8}日)[\\s\\u3000]*印[\\s\\u3000]*发$`,
);
const PRINT_RUN = /^[(（][\s\u3000]*共印[\s\u3000]*[0-9０-９]+[\s\u3000]*份[\s\u3000]*[)）]$/;
// a 印发机关 alone on the line above "2024年2月20日印发"
const PRINTING_UNIT = /^[^。，,；;：:、]{2,30}(?:办公室|办公厅|厅|局|委|办|处|科|室|部|会|中心|政府)$/;

function printedLine(line: TextLine): { by: string | null; date: string } | null {
  if (line.label || charLength(line.text) > 70) return null;
  const m = PRINTED.exec(line.text);
  const date = m ? readDate(m[2]) : null;
  return m && date ? { by: m[1]?.trim() || null, date } : null;
}

/**
 * The 版记 lines (抄送:…。 / XX办公室 2024年2月20日印发), wherever they are; returns the other lines.
 * A long 抄送 wraps ("…，市政协办公室，" / "省民政厅。") or starts on the line after "抄送：".
 */
export function takeColophon(lines: readonly TextLine[]): { colophon: Colophon; rest: TextLine[] } {
  const colophon: Colophon = { cc: null, printedBy: null, printedDate: null };
  const rest: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const cc = line.label || colophon.cc !== null ? null : CC.exec(line.text);
    if (cc) {
      let value = cc[1].trim();
      // continuation lines until the closing 。 (at most a few, never the 印发 line or a sentence)
      for (let k = 0; k < 4 && !/[。.]$/.test(value) && i + 1 < lines.length; k++) {
        const next = lines[i + 1];
        if (next.label || printedLine(next) || charLength(next.text) > 120 || /[。；;].+$/.test(next.text)) break;
        // "抄送：A，B" without its 。 goes on only onto a line that closes the list
        if (value && !/[，,、；;]$/.test(value) && !/[。.]$/.test(next.text)) break;
        value += next.text;
        i++;
      }
      if (value) {
        colophon.cc = value.replace(/[。.]$/, '').trim();
        continue;
      }
    }
    // "（共印30份）" under the 版记 of older documents: a print run, not content
    if (!line.label && PRINT_RUN.test(line.text)) continue;
    const printed = colophon.printedDate ? null : printedLine(line);
    if (printed) {
      colophon.printedDate = printed.date;
      colophon.printedBy = printed.by;
      const prev = rest[rest.length - 1];
      if (
        !printed.by &&
        prev &&
        !prev.label &&
        PRINTING_UNIT.test(prev.text) &&
        (colophon.cc !== null || i === lines.length - 1)
      ) {
        colophon.printedBy = prev.text;
        rest.pop();
      }
      continue;
    }
    rest.push(line);
  }
  return { colophon, rest };
}

export { isSignatureLine, signatureWithDate, ORG_NAME as UNIT_NAME, isUnitsLine };
/** 附注 forms: （此件公开发布）, 此件主动公开, 公开方式：主动公开, 联系人：…电话：… — never an editorial remark */
export const NOTE_LINE = { test: isNote };
