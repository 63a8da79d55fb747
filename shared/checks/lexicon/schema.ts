// The shape of a lexicon file (the built-in data files and the office's own 本单位词表), checked with zod so a
// wrong file is refused with one clear Chinese line naming the entry and the field.
import { z } from 'zod';
import type { LexiconEntry } from './types';

const regexSource = z
  .string()
  .max(500, '正则表达式过长')
  .refine((s) => {
    try {
      new RegExp(s, 'u');
      return true;
    } catch {
      return false;
    }
  }, '不是有效的正则表达式');

const form = z.string().min(1, '不能为空').max(100, '过长（最多100字）');

const entrySchema = z
  .object({
    id: z.string().min(1, '缺少编号').max(64, '编号过长'),
    category: z.enum(['wording', 'political-term', 'number-usage', 'name-change'], {
      message: '应为 wording、political-term、number-usage 或 name-change',
    }),
    wrong: z.array(form).max(200, '错误写法过多').optional(),
    order: z
      .object({
        items: z.array(form).min(2, '至少两项').max(6, '至多六项'),
        joiners: z.array(z.string().max(3)).min(1),
      })
      .optional(),
    right: form,
    fix: z.boolean().optional(),
    severity: z.enum(['error', 'warning', 'info'], { message: '应为 error、warning 或 info' }).optional(),
    context: z
      .object({ before: regexSource, after: regexSource, notBefore: regexSource, notAfter: regexSource })
      .partial()
      .strict()
      .optional(),
    since: z
      .number({ message: '应为年份数字' })
      .int('应为年份数字')
      .min(1949, '年份过早')
      .max(2200, '年份过晚')
      .optional(),
    source: z.string().min(2, '缺少出处（来源）').max(300, '出处过长'),
    reason: z.string().min(2, '缺少说明').max(300, '说明过长'),
  })
  .strict()
  .refine((e) => (e.wrong?.length ?? 0) > 0 || !!e.order, { message: '缺少错误写法（wrong）', path: ['wrong'] });

const lexiconFileSchema = z
  .object({ about: z.string().optional(), entries: z.array(entrySchema).max(5000, '条目过多（最多5000条）') })
  .strict();

const FIELD_NAMES: Record<string, string> = {
  id: '编号',
  category: '类别',
  wrong: '错误写法',
  order: '固定次序',
  right: '正确写法',
  fix: '一键修正',
  severity: '级别',
  context: '上下文条件',
  since: '变更年份',
  source: '出处',
  reason: '说明',
  entries: '条目',
};

export class LexiconFileError extends Error {}

/** Parses a lexicon file's JSON value; throws LexiconFileError with one Chinese line on the first problem. */
export function parseLexiconFile(value: unknown, fileName: string, origin: LexiconEntry['origin']): LexiconEntry[] {
  const r = lexiconFileSchema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    const [, index, field, ...rest] = issue.path;
    const raw = (value as { entries?: unknown })?.entries;
    const entries = Array.isArray(raw) ? raw : [];
    const id = typeof index === 'number' ? (entries[index] as { id?: unknown })?.id : undefined;
    const name = (key: unknown) => FIELD_NAMES[String(key)] ?? String(key);
    const entry = typeof index === 'number' ? `第${index + 1}条${typeof id === 'string' ? `（${id}）` : ''}` : '';
    const where =
      typeof index === 'number'
        ? `${entry}${field !== undefined ? `的“${name(field)}”` : ''}${rest.length ? `（${rest.join('.')}）` : ''}`
        : issue.path.length
          ? `“${name(issue.path[0])}”`
          : '文件内容应为 {"entries": [...]}，';
    const what = issue.code === 'unrecognized_keys' ? `有不认识的字段：${issue.keys.join('、')}` : issue.message;
    throw new LexiconFileError(`词表“${fileName}”${where}${what}`);
  }
  const seen = new Set<string>();
  for (const [i, e] of r.data.entries.entries()) {
    if (seen.has(e.id)) throw new LexiconFileError(`词表“${fileName}”第${i + 1}条的编号“${e.id}”与前面的条目重复`);
    seen.add(e.id);
  }
  return r.data.entries.map((e) => ({ ...e, origin }));
}
