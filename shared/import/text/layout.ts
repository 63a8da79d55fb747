// Where the parts of a notice are: the notice (红头 … 附注), the 要点 title, the preamble, the numbered body,
// and a 署名/成文日期 written after the body.
import { readDate } from './dates';
import type { NoticeMeta } from '../../model/types';
import type { TextLine } from './line';
import type { NoticeFields } from './notice';
import {
  NOTE_LINE,
  UNIT_NAME,
  isAttachmentLine,
  isUnitsLine,
  isRecipients,
  isSignatureLine,
  isTitleCandidate,
  parseNoticeFront,
  signatureWithDate,
} from './notice';
import { charLength, endsWithPunctuation } from './sentences';

/** "附件" / "附件1" alone on a line: the mark GB/T 9704 prints above an attachment (the 要点 itself) */
const ATTACHMENT_MARK = /^附[\s\u3000]*件[\s\u3000]*\d*$/;

/** Index of the first numbered line, skipping the numbered names of a 附件 list. */
export function firstNumbered(lines: readonly TextLine[]): number {
  let inAttachments = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (isAttachmentLine(l.text)) inAttachments = true;
    else if (inAttachments && l.label && charLength(l.text) <= 80 && !/。/.test(l.text)) continue;
    else {
      inAttachments = false;
      if (l.label) return i;
    }
  }
  return lines.length;
}

/**
 * A cover letter with numbered points ("现将要点印发给你们，并提出以下要求：" / "一、提高认识。…" / "二、…"),
 * then the 署名 and 成文日期, then the 要点 title: the first numbered line belongs to the notice, and the
 * body starts after that title. Evidence: a 主送 before the numbered lines with no 要点 title between, the
 * notice's date soon after them, a 要点 title right after the date and numbered lines after the title.
 */
export function bodyStartAfterCover(lines: readonly TextLine[], bodyStart: number): number {
  let recipients = -1;
  for (let i = bodyStart - 1; i >= 0 && recipients < 0; i--) {
    if (isTitleCandidate(lines[i])) return bodyStart;
    if (isRecipients(lines[i].text)) recipients = i;
  }
  if (recipients < 0) return bodyStart;
  const end = Math.min(lines.length, bodyStart + 20);
  for (let d = bodyStart + 1; d < end; d++) {
    const t = lines[d];
    if (t.label || !(readDate(t.text) || signatureWithDate(t.text))) continue;
    for (let k = d + 1; k < Math.min(lines.length, d + 5); k++) {
      const line = lines[k];
      // the 要点 with no title of its own: its 一、 right after the notice's date (and 附注, 附件 mark)
      if (line.label) return line.label.level === 1 && line.label.n === 1 ? k : bodyStart;
      if (NOTE_LINE.test(line.text) || ATTACHMENT_MARK.test(line.text)) continue;
      if (!isTitleCandidate(line)) return bodyStart;
      const next = firstNumbered(lines.slice(k + 1));
      return k + 1 + next < lines.length ? k + 1 + next : bodyStart;
    }
    return bodyStart;
  }
  return bodyStart;
}

function isShortPlain(text: string, max: number): boolean {
  return charLength(text) <= max && !endsWithPunctuation(text) && !/[。；;]/.test(text) && !readDate(text);
}

/**
 * The 附件说明 right above the 署名 at the end of the body ("附件：1.…" and the "2.…" lines after it): the
 * attachments' names, not text of the last section.
 */
function takeAttachmentList(body: TextLine[], meta: NoticeMeta): void {
  for (let a = body.length - 1; a >= Math.max(1, body.length - 12); a--) {
    if (!isAttachmentLine(body[a].text)) continue;
    const rest = body.slice(a + 1);
    if (!rest.every((l) => l.label && charLength(l.text) <= 80 && !/。./.test(l.label.rest))) return;
    const first = body[a].text
      .replace(/^附[\s\u3000]*件[\s\u3000]*\d*[\s\u3000]*[:：][\s\u3000]*/, '')
      .replace(/^[0-9０-９]+[.．、][\s\u3000]*/, '');
    const names = [first, ...rest.map((l) => l.label!.rest)]
      .map((n) => n.replace(/[。.;；]$/, '').trim())
      .filter(Boolean);
    if (!meta.attachments.length) meta.attachments.push(...names);
    body.splice(a);
    return;
  }
}

/** 署名, 成文日期 and 附注 written after the 要点 (a 要点 issued without a cover letter), and the 附件说明 above them. */
export function takeClosing(body: TextLine[], meta: NoticeMeta): void {
  const before = body.length;
  takeSignatureAndDate(body, meta);
  if (body.length < before) takeAttachmentList(body, meta);
}

function takeSignatureAndDate(body: TextLine[], meta: NoticeMeta): void {
  let tookDate = false;
  while (body.length > 1) {
    const last = body[body.length - 1];
    if (last.label) return;
    const t = last.text;
    const date = readDate(t);
    const both = date ? null : signatureWithDate(t);
    if (!tookDate && NOTE_LINE.test(t) && !meta.note) meta.note = t;
    else if (!tookDate && (date || both)) {
      meta.date ??= date ?? both!.date;
      if (both) meta.signature ??= both.signature;
      tookDate = true;
    } else if (tookDate && isSignatureLine(t)) {
      // the 署名 of the 要点 itself (joint issuers one per line), or of a report the notice forwards
      const units = [t];
      body.pop();
      while (
        units.length < 4 &&
        body.length > 1 &&
        !body[body.length - 1].label &&
        UNIT_NAME.test(body[body.length - 1].text) &&
        UNIT_NAME.test(t)
      )
        units.unshift(body.pop()!.text);
      meta.signature ??= units.join(' ');
      return;
    } else if (!tookDate && !meta.signature && UNIT_NAME.test(t)) {
      // a unit's name closing the 要点 with no date (not dated yet): the 署名
      meta.signature = t;
      body.pop();
      return;
    } else return;
    body.pop();
  }
}

/**
 * A byline right under the 要点 title of a 要点 published without a notice: "某某县民政局" / "2024年2月19日",
 * both on one line, or "（2024年2月19日）". Fills 署名 and 成文日期 when the notice gave none; returns the
 * number of lines taken.
 */
function takeByline(lines: readonly string[], fields: NoticeFields): number {
  if (fields.signature || fields.date) return 0;
  const [first, second] = lines;
  if (first === undefined) return 0;
  const dateOf = (t: string | undefined) =>
    t === undefined ? null : (readDate(t) ?? readDate(t.replace(/^[(（](.*)[)）]$/, '$1')));
  const both = signatureWithDate(first);
  if (both && UNIT_NAME.test(both.signature)) {
    [fields.signature, fields.date] = [both.signature, both.date];
    return 1;
  }
  if (UNIT_NAME.test(first) && dateOf(second)) {
    [fields.signature, fields.date] = [first, dateOf(second)];
    return 2;
  }
  const date = dateOf(first);
  if (date && lines.length > 1) {
    fields.date = date;
    return 1;
  }
  return 0;
}

export interface Front {
  fields: NoticeFields;
  title: string | null;
  preamble: string[];
  /** a credit line printed under the title */
  byline?: string;
}

/** The notice, the 要点 title and the preamble: everything before the first numbered line. */
export function readFront(lines: readonly TextLine[], bodyStart: number, titleHint: string | null = null): Front {
  let titleIdx = -1;
  for (let i = bodyStart - 1; i >= 0; i--) {
    if (isTitleCandidate(lines[i])) {
      titleIdx = i;
      break;
    }
  }
  const regionEnd = titleIdx >= 0 ? titleIdx : bodyStart;
  const notice = parseNoticeFront(lines.slice(0, regionEnd), titleHint);
  const fields = notice.fields;
  const rest = lines.slice(notice.consumed, regionEnd).filter((l) => !ATTACHMENT_MARK.test(l.text));
  if (titleIdx < 0) {
    const preamble = rest.map((l) => l.text);
    // no 要点-like title: a short line without punctuation (or centred by Word) opening the 要点 is its title
    const first = rest[0];
    const titled =
      first &&
      (isShortPlain(first.text, 50) || (first.hint.centered && isShortPlain(first.text, 80))) &&
      (preamble.length > 1 || bodyStart < lines.length);
    let title = titled ? preamble.shift()! : null;
    // a title broken over lines ("关于我国地震重点监视防御区的确定" / "和加强防震减灾工作意见的报告")
    while (title && preamble.length > 1 && continuesTitle(title, preamble[0])) title += preamble.shift()!;
    if (!title) return { fields, title, preamble };
    return withByline({ fields, title, preamble: preamble.slice(takeByline(preamble, fields)) });
  }
  let title = lines[titleIdx].text;
  // a web copy repeats the title; Word may break it over two lines ("XX区民政局" / "2025年工作要点")
  let leftover = rest
    .map((l) => l.text)
    .filter((t) => t !== title && !isTitleCandidate({ text: t, label: null, hint: { text: t } }));
  const before = leftover[leftover.length - 1];
  if (leftover.length === 1 && before === lines[titleIdx - 1].text && isShortPlain(before, 30)) {
    title = before + title;
    leftover = [];
  }
  // lines between the notice and the title that are none of its parts stay with the cover letter
  fields.coverParagraphs.push(...leftover);
  const preamble = lines.slice(titleIdx + 1, bodyStart).map((l) => l.text);
  return withByline({ fields, title, preamble: preamble.slice(takeByline(preamble, fields)) });
}

// what a document's title ends with: the kind of document it is
const TITLE_KIND = /(?:报告|意见|方案|要点|计划|办法|规定|细则|通知|安排|思路|重点|清单|规则|制度|纲要|规划|决定)$/;

/** The next line finishes a title broken by the page: short, plain, ending with the kind of document. */
function continuesTitle(title: string, next: string): boolean {
  return (
    !TITLE_KIND.test(title) &&
    isShortPlain(next, 40) &&
    TITLE_KIND.test(next) &&
    charLength(title + next) <= 80 &&
    !UNIT_NAME.test(next) &&
    !/^[(（]/.test(next)
  );
}

/**
 * A credit line under the title: "（民政部　一九九七年一月二十八日）", "（2004年6月16日国务院第54次常务会议通过）",
 * a date the notice already has, or the drafting units ("市发展改革委、市住房城乡建设局"). Kept apart from the preamble.
 */
function withByline(front: Front): Front {
  // a credit line a PDF copy broke in two: "（民政部" / "一九九七年一月二十八日）"
  const [a, b] = front.preamble;
  if (a !== undefined && b !== undefined && /^[(（][^()（）]{1,40}$/.test(a) && /^[^()（）]{1,40}[)）]$/.test(b)) {
    front = { ...front, preamble: [a + b, ...front.preamble.slice(2)] };
  }
  const [first, second] = front.preamble;
  if (first === undefined || second === undefined) return front;
  const bracketed = /^[(（][^()（）]{2,80}[)）]$/.test(first);
  const inner = bracketed ? first.slice(1, -1) : first;
  const credit = bracketed
    ? !!readDate(inner) ||
      /[0-9０-９〇○一二三四五六七八九]{4}年|通过|发布|印发|修订/.test(inner) ||
      UNIT_NAME.test(inner.split(/[\s\u3000]+/)[0])
    : charLength(first) <= 60 && isUnitsLine(first.replace(/、|，|,/g, ' ')) && !readDate(second);
  if (!credit) return front;
  return { ...front, byline: first, preamble: front.preamble.slice(1) };
}
