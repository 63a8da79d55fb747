// How a document is named wherever documents are listed: its title (with the year when the title does not
// name it), and — when another document has the same title — its 文号 or its last edit, so the two can be
// told apart.
import type { DocumentSummary } from '../../shared/api/contract';

type Listed = Pick<DocumentSummary, 'id' | 'title' | 'year' | 'docNumber' | 'updatedAt' | 'isTemplate'>;

function editTime(iso: string, seconds: boolean): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(d.getHours())}:${two(d.getMinutes())}${seconds ? `:${two(d.getSeconds())}` : ''}`;
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${time} 编辑`;
}

/** The last edit, to the second when a same-titled document was edited in the same minute. */
function lastEdit(d: Listed, all: readonly Listed[]): string {
  const minute = editTime(d.updatedAt, false);
  const clash = all.some((o) => o.id !== d.id && o.title === d.title && editTime(o.updatedAt, false) === minute);
  return clash ? editTime(d.updatedAt, true) : minute;
}

export function docLabel(d: Listed, all: readonly Listed[] = []): string {
  const title = d.title || '未命名要点';
  const year = d.year ? (title.includes(String(d.year)) ? '' : `${d.year}年 `) : '（未标年度）';
  const twin = all.some((o) => o.id !== d.id && (o.title || '未命名要点') === title && o.year === d.year);
  const ownNumber = d.docNumber && !all.some((o) => o.id !== d.id && o.docNumber === d.docNumber) ? d.docNumber : null;
  const tell = twin ? `（${ownNumber ?? lastEdit(d, all)}）` : '';
  return `${d.isTemplate ? '[模板] ' : ''}${year}${title}${tell}`;
}

/** The line under a title in the sidebar: issuer, 文号, sections and, for same-titled documents, the last edit. */
export function docDetails(
  d: Listed & Pick<DocumentSummary, 'issuer' | 'sectionCount'>,
  all: readonly Listed[],
): string {
  const twin = all.some((o) => o.id !== d.id && o.title === d.title);
  return [d.issuer, d.docNumber, d.sectionCount ? `${d.sectionCount} 节` : '', twin ? lastEdit(d, all) : '']
    .filter(Boolean)
    .join(' · ');
}
