// Plain-text rendering of a whole document: the notice, then the 要点 with numbers as they will print.
// It is the inverse of the text importer (import(renderText(doc)) gives the same tree), and what the
// command line prints as an outline.
import { formatChineseDate } from './dates';
import { computeNumbers } from './numbering';
import type { Section, YaodianDocument } from './types';

const ENDS_SENTENCE = /[。？！?!…]$/;

/** "(三)标题。正文" for a run-in heading; the 。 is added unless the heading already ends a sentence. */
export function runInHeadingText(heading: string): string {
  return heading === '' || ENDS_SENTENCE.test(heading) ? heading : `${heading}。`;
}

/** The lines of one section's own paragraphs, label included. */
function sectionLines(section: Section, label: string): string[] {
  if (section.runIn) {
    const [first = '', ...rest] = section.paragraphs;
    return [label + runInHeadingText(section.heading) + first, ...rest];
  }
  return [label + section.heading, ...section.paragraphs];
}

function renderSectionsText(doc: YaodianDocument): string[] {
  const numbers = computeNumbers(doc.sections, doc.numbering);
  const lines: string[] = [];
  const walk = (list: readonly Section[]) => {
    for (const s of list) {
      lines.push(...sectionLines(s, numbers.get(s.id)?.label ?? ''));
      walk(s.children);
    }
  };
  walk(doc.sections);
  return lines;
}

/** Whether the document has a notice (红头, title, 主送 or cover letter) around its 要点. */
function hasNotice(doc: YaodianDocument): boolean {
  const m = doc.meta;
  return !!(
    m.issuerMark ||
    m.docNumber ||
    m.noticeTitle ||
    m.recipients ||
    m.coverParagraphs.length ||
    m.attachments.length ||
    m.copyNumber ||
    m.secrecy ||
    m.urgency ||
    m.signer
  );
}

/** 署名, 成文日期 and 附注 */
function signatureLines(doc: YaodianDocument): string[] {
  const m = doc.meta;
  return [m.signature, formatChineseDate(m.date), m.note].filter((v): v is string => !!v);
}

export function renderNoticeText(doc: YaodianDocument): string[] {
  return [...noticeHeadLines(doc), ...signatureLines(doc)];
}

/** The notice down to its 附件说明: everything but the 署名, 成文日期 and 附注. */
function noticeHeadLines(doc: YaodianDocument): string[] {
  const m = doc.meta;
  const lines: string[] = [];
  const push = (v: string | null | undefined) => {
    if (v) lines.push(v);
  };
  // 版头 in GB/T 9704 order: 份号, 密级, 紧急程度, 发文机关标志, 发文字号 (with 签发人 on its line)
  push(m.copyNumber);
  push(m.secrecy);
  push(m.urgency);
  push(m.issuerMark);
  if (m.docNumber && m.signer) lines.push(`${m.docNumber}　　签发人：${m.signer}`);
  else if (m.signer) lines.push(`签发人：${m.signer}`);
  else push(m.docNumber);
  push(m.noticeTitle);
  if (m.recipients) lines.push(/[:：]$/.test(m.recipients) ? m.recipients : `${m.recipients}：`);
  lines.push(...m.coverParagraphs);
  if (m.attachments.length === 1) lines.push(`附件：${m.attachments[0]}`);
  else if (m.attachments.length > 1)
    m.attachments.forEach((a, i) => lines.push(`${i === 0 ? '附件：' : ''}${i + 1}.${a}`));
  return lines;
}

export function renderColophonText(doc: YaodianDocument): string[] {
  const m = doc.meta;
  const lines: string[] = [];
  if (m.cc) lines.push(`抄送：${m.cc}。`);
  if (m.printedBy || m.printedDate) {
    lines.push(
      [m.printedBy ?? '', m.printedDate ? `${formatChineseDate(m.printedDate)}印发` : ''].filter(Boolean).join('  '),
    );
  }
  return lines;
}

export function renderText(doc: YaodianDocument): string {
  // a 要点 issued without a notice is signed and dated at its end
  const notice = hasNotice(doc);
  const lines = [
    ...(notice ? renderNoticeText(doc) : []),
    ...(doc.meta.title ? [doc.meta.title] : []),
    ...doc.preamble,
    ...renderSectionsText(doc),
    ...(notice ? [] : signatureLines(doc)),
    ...renderColophonText(doc),
  ];
  return lines.join('\n') + '\n';
}
