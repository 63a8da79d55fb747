// The layout profile: every number the Word export uses, in the units the standard states (mm, pt).
// GB/T 9704-2012 is the default; an office keeps a local profile (JSON) that overrides part of it.
import { UserError } from '../errors';
import { z } from 'zod';

const fontName = z.string({ error: '应为字体名' }).trim().min(1, '字体名不能为空').max(64, '字体名过长');
const mm = (min: number, max: number) =>
  z.number({ error: '应为数字（毫米）' }).min(min, `不能小于 ${min} 毫米`).max(max, `不能大于 ${max} 毫米`);
const pt = (min: number, max: number) =>
  z.number({ error: '应为数字（磅）' }).min(min, `不能小于 ${min} 磅`).max(max, `不能大于 ${max} 磅`);
const color = z
  .string({ error: '应为颜色，如 FF0000' })
  .regex(/^[0-9A-Fa-f]{6}$/, '颜色应为 6 位十六进制，如 FF0000')
  .transform((c) => c.toUpperCase());

const layoutProfileSchema = z.object({
  /** machine name written into the export, e.g. gbt9704-2012 */
  id: z.string({ error: '应为文字' }).regex(/^[A-Za-z0-9._-]{1,64}$/, '方案标识只能含字母、数字、点、横线、下划线'),
  /** human name, e.g. GB/T 9704-2012 */
  name: z.string({ error: '应为文字' }).min(1, '不能为空').max(100, '过长'),
  page: z.object({
    widthMm: mm(100, 500),
    heightMm: mm(100, 500),
    /** 天头: top white edge */
    topMm: mm(5, 100),
    /** 订口: left white edge */
    leftMm: mm(5, 100),
    /** 版心 width and height */
    textWidthMm: mm(50, 400),
    textHeightMm: mm(50, 400),
  }),
  grid: z.object({
    linesPerPage: z.number({ error: '应为整数' }).int('应为整数').min(10, '不能少于 10 行').max(60, '不能多于 60 行'),
    charsPerLine: z.number({ error: '应为整数' }).int('应为整数').min(10, '不能少于 10 字').max(60, '不能多于 60 字'),
  }),
  fonts: z.object({
    issuerMark: fontName,
    title: fontName,
    body: fontName,
    heading1: fontName,
    heading2: fontName,
    heading3: fontName,
    heading4: fontName,
    secrecy: fontName,
    signer: fontName,
    colophon: fontName,
    pageNumber: fontName,
    latin: fontName,
  }),
  sizes: z.object({
    issuerMark: pt(16, 72),
    title: pt(10, 36),
    body: pt(10, 24),
    colophon: pt(9, 20),
    pageNumber: pt(9, 20),
  }),
  issuerMark: z.object({
    color,
    /** its upper edge below the 版心's top edge */
    topMm: mm(0, 100),
    /** the widest a character may be (GB/T 9704: 15 mm); longer names are condensed to fit */
    maxCharWidthMm: mm(5, 30),
  }),
  separator: z.object({ color, widthPt: pt(0.25, 3), belowDocNumberMm: mm(0, 20) }),
  colophon: z.object({ thickPt: pt(0.25, 3), thinPt: pt(0.25, 3) }),
  pageNumber: z.object({
    /** {n} is replaced by the page number */
    format: z
      .string()
      .max(20, '页码格式过长')
      .refine((s) => s.includes('{n}'), '页码格式须含 {n}'),
    /** distance from the 版心's bottom edge to the middle of the number line */
    belowTextMm: mm(0, 30),
    /** outside: odd right / even left (GB/T 9704); center: every page centred */
    position: z.enum(['outside', 'center'], { error: '应为 outside（单页右、双页左）或 center（居中）' }),
    /** space kept from the side, in characters of the number's size */
    sideChars: z.number({ error: '应为数字' }).min(0, '不能小于 0').max(4, '不能大于 4 个字'),
  }),
  signature: z.object({
    /** 署名 right indent without a seal, in characters */
    rightChars: z.number({ error: '应为数字' }).min(0, '不能小于 0').max(8, '不能大于 8 个字'),
    /** 成文日期 right indent with a seal, in characters */
    sealDateRightChars: z.number({ error: '应为数字' }).min(0, '不能小于 0').max(8, '不能大于 8 个字'),
    /** blank lines between the body and the 署名 when a seal is pressed on them */
    sealBlankLines: z.number({ error: '应为整数' }).int('应为整数').min(1, '不能少于 1 行').max(6, '不能多于 6 行'),
  }),
});

export type LayoutProfile = z.output<typeof layoutProfileSchema>;

/** GB/T 9704-2012 as the standard states it, with the fonts office PCs have. */
export const GBT9704_2012: LayoutProfile = {
  id: 'gbt9704-2012',
  name: 'GB/T 9704-2012',
  page: { widthMm: 210, heightMm: 297, topMm: 37, leftMm: 28, textWidthMm: 156, textHeightMm: 225 },
  grid: { linesPerPage: 22, charsPerLine: 28 },
  fonts: {
    issuerMark: '方正小标宋简体',
    title: '方正小标宋简体',
    body: '仿宋_GB2312',
    heading1: '黑体',
    heading2: '楷体_GB2312',
    heading3: '仿宋_GB2312',
    heading4: '仿宋_GB2312',
    secrecy: '黑体',
    signer: '楷体_GB2312',
    colophon: '仿宋_GB2312',
    pageNumber: '宋体',
    latin: 'Times New Roman',
  },
  sizes: { issuerMark: 42, title: 22, body: 16, colophon: 14, pageNumber: 14 },
  issuerMark: { color: 'FF0000', topMm: 35, maxCharWidthMm: 15 },
  separator: { color: 'FF0000', widthPt: 1, belowDocNumberMm: 4 },
  colophon: { thickPt: 1, thinPt: 0.75 },
  pageNumber: { format: '— {n} —', belowTextMm: 7, position: 'outside', sideChars: 1 },
  signature: { rightChars: 2, sealDateRightChars: 4, sealBlankLines: 2 },
};

/** The common local variant: 仿宋/楷体 instead of the GB2312 fonts (which lack rare characters). */
const GBT9704_2012_FANGSONG: LayoutProfile = {
  ...GBT9704_2012,
  id: 'gbt9704-2012-fangsong',
  name: 'GB/T 9704-2012（仿宋、楷体）',
  fonts: {
    ...GBT9704_2012.fonts,
    body: '仿宋',
    heading2: '楷体',
    heading3: '仿宋',
    heading4: '仿宋',
    signer: '楷体',
    colophon: '仿宋',
  },
};

export const BUILTIN_PROFILES: Readonly<Record<string, LayoutProfile>> = {
  [GBT9704_2012.id]: GBT9704_2012,
  [GBT9704_2012_FANGSONG.id]: GBT9704_2012_FANGSONG,
};

export class ProfileError extends UserError {
  constructor(message: string) {
    super('invalid-input', message);
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function deepMerge(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(over))
    out[k] = isObject(v) && isObject(base[k]) ? deepMerge(base[k] as Json, v) : v;
  return out;
}

const FIELD_NAMES: Record<string, string> = {
  page: '页面',
  grid: '版心网格',
  fonts: '字体',
  sizes: '字号',
  issuerMark: '发文机关标志',
  separator: '红色分隔线',
  colophon: '版记',
  pageNumber: '页码',
  signature: '署名',
  id: '方案标识',
  name: '方案名称',
  extends: '基于方案',
};

/**
 * Reads a local profile (parsed JSON). Fields it leaves out come from the profile named by its
 * "extends" (GB/T 9704-2012 by default). Throws ProfileError with a Chinese message naming the field.
 */
export function parseLayoutProfile(input: unknown): LayoutProfile {
  if (!isObject(input)) throw new ProfileError('版式方案应为 JSON 对象');
  const { extends: parentId, ...rest } = input as Json & { extends?: unknown };
  const parentKey = parentId === undefined ? GBT9704_2012.id : String(parentId);
  const parent = BUILTIN_PROFILES[parentKey];
  // the file's own values and unknown keys are never echoed: a profile path pointed at some other JSON file
  // must not turn the error message into a way of reading it
  if (!parent)
    throw new ProfileError(`版式方案的 extends 不是内置方案（可用：${Object.keys(BUILTIN_PROFILES).join('、')}）`);
  const merged = deepMerge(parent as unknown as Json, rest);
  if (rest.id === undefined) merged.id = `${parent.id}-local`;
  if (rest.name === undefined) merged.name = `${parent.name}（本地）`;
  const parsed = layoutProfileSchema.strict().safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.map(String);
    const where = [FIELD_NAMES[path[0]] ?? path[0], ...path.slice(1)].join('.');
    const expected: Record<string, string> = { object: '对象', string: '文字', number: '数字', boolean: '是或否' };
    const message =
      issue.code === 'unrecognized_keys'
        ? `含 ${issue.keys.length} 个不认识的字段`
        : /[\u4e00-\u9fff]/.test(issue.message)
          ? issue.message
          : issue.code === 'invalid_type'
            ? `应为${expected[String(issue.expected)] ?? String(issue.expected)}`
            : '取值无效';
    throw new ProfileError(`版式方案无效：${where || '根'} ${message}`);
  }
  const p = parsed.data;
  if (p.page.leftMm + p.page.textWidthMm >= p.page.widthMm)
    throw new ProfileError('版式方案无效：订口加版心宽度超出纸张宽度');
  if (p.page.topMm + p.page.textHeightMm >= p.page.heightMm)
    throw new ProfileError('版式方案无效：天头加版心高度超出纸张高度');
  return p;
}

/** A built-in profile by id, a profile object (partial, merged onto its base), or the default. */
export function resolveProfile(profile: unknown): LayoutProfile {
  if (profile === undefined || profile === null || profile === '') return GBT9704_2012;
  if (typeof profile === 'string') {
    const found = BUILTIN_PROFILES[profile];
    if (!found)
      throw new ProfileError(`没有名为“${profile}”的版式方案（可用：${Object.keys(BUILTIN_PROFILES).join('、')}）`);
    return found;
  }
  return parseLayoutProfile(profile);
}
