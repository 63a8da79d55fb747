// The year a document is for — the one the sidebar files it under: from its 要点 title, the notice's title,
// the year in its 文号, or its 成文日期; null when it names none (the list then says 未标年度).
import type { YaodianDocument } from './types';

const YEAR_IN_TEXT = /((?:19|20|21)\d{2})\s*年/;
const YEAR_IN_DOC_NUMBER = /[〔[【（(［]\s*((?:19|20|21)\d{2})\s*[〕\]】）)］]/;

const asciiDigits = (text: string) => text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

export function inferYear(doc: Pick<YaodianDocument, 'meta'>): number | null {
  for (const text of [doc.meta.title, doc.meta.noticeTitle]) {
    const m = text ? YEAR_IN_TEXT.exec(asciiDigits(text)) : null;
    if (m) return Number(m[1]);
  }
  const dn = doc.meta.docNumber ? YEAR_IN_DOC_NUMBER.exec(asciiDigits(doc.meta.docNumber)) : null;
  if (dn) return Number(dn[1]);
  const date = doc.meta.date ? /^(\d{4})-/.exec(doc.meta.date) : null;
  return date ? Number(date[1]) : null;
}
