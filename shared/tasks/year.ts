// The year a 要点 is for, read from its own title, the notice's title or its date (deadlines like "6月底前"
// need it). Mirrors the store's inference so a document reads the same everywhere.
import type { YaodianDocument } from '../model/types';

const YEAR_IN_TEXT = /((?:19|20|21)\d{2})\s*年/;

export function documentYear(doc: YaodianDocument): number | null {
  for (const text of [doc.meta.title, doc.meta.noticeTitle]) {
    const m = text ? YEAR_IN_TEXT.exec(text) : null;
    if (m) return Number(m[1]);
  }
  const date = doc.meta.date ? /^(\d{4})-/.exec(doc.meta.date) : null;
  return date ? Number(date[1]) : null;
}
