// Each 红头 field checked where it is typed: a value the store would refuse (a date with a five-digit year, a
// text too long for its field) is kept out of the document, with one Chinese line beside the field, so that
// one bad field never stops the whole document from being saved. The rules are the contract's own schema.
import { metaPatchSchema } from '../../shared/api/contract';
import { FIELD_NAMES } from '../../shared/checks/locations';
import { parseChineseDate } from '../../shared/model/dates';
import type { NoticeMeta } from '../../shared/model/types';

/** Why `value` cannot go into `key` (one Chinese line naming the field), or null when it can. */
export function metaFieldProblem<K extends keyof NoticeMeta>(key: K, value: NoticeMeta[K]): string | null {
  const name = FIELD_NAMES[key];
  if ((key === 'date' || key === 'printedDate') && typeof value === 'string') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${name}无效：年份应为四位数字，如 2027-01-15，已保留原来的日期`;
    if (parseChineseDate(value) !== value) return `${name}无效：没有这一天（${value}），已保留原来的日期`;
    return null;
  }
  // the field's own schema: its first problem is this field's
  const parsed = metaPatchSchema.shape[key].safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  if (issue?.code === 'too_big') return `${name}过长：最多 ${String(issue.maximum)} 字，已保留原来的内容`;
  return `${name}无效：${issue?.message ?? '格式不正确'}，已保留原来的内容`;
}
