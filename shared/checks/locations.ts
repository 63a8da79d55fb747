// Where things are, in the words a user sees: number paths as printed ("二、（三）") and Chinese field names.
import { computeNumbers } from '../model/numbering';
import type { NoticeMeta, Section, YaodianDocument } from '../model/types';

export const FIELD_NAMES: Record<keyof NoticeMeta | 'preamble', string> = {
  issuer: '发文机关',
  issuerMark: '发文机关标志',
  docNumber: '发文字号',
  copyNumber: '份号',
  secrecy: '密级',
  urgency: '紧急程度',
  signer: '签发人',
  noticeTitle: '通知标题',
  recipients: '主送机关',
  coverParagraphs: '通知正文',
  attachments: '附件说明',
  signature: '署名',
  date: '成文日期',
  note: '附注',
  cc: '抄送机关',
  printedBy: '印发机关',
  printedDate: '印发日期',
  title: '要点标题',
  preamble: '前言',
  byline: '题注',
};

export type FieldKey = keyof typeof FIELD_NAMES;

/** A short quotable form of a heading, for un-numbered sections. */
function headingSnippet(heading: string, max = 12): string {
  const h = heading.trim();
  return `“${h.length > max ? h.slice(0, max) + '…' : h || '（无标题）'}”`;
}

/**
 * The location of every section as printed: labels of the ancestors and the section ("二、（三）"); a level
 * printed without numbers contributes its quoted heading instead.
 */
export function sectionLocations(doc: YaodianDocument): Map<string, string> {
  const numbers = computeNumbers(doc.sections, doc.numbering);
  const out = new Map<string, string>();
  const walk = (list: readonly Section[], prefix: string) => {
    for (const s of list) {
      const label = numbers.get(s.id)?.label;
      const here = prefix + (label ? label : headingSnippet(s.heading));
      out.set(s.id, here);
      walk(s.children, here);
    }
  };
  walk(doc.sections, '');
  return out;
}
