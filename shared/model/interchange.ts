// The documented JSON interchange format ("yaodian/1"): what `yaodian import --json` prints and
// `yaodian export` reads. Numbers are included for readers, and ignored when reading back.
import { z } from 'zod';
import { chineseErrorMap, fieldPath } from '../api/validation-messages';
import { UserError } from '../errors';
import { createDocument, emptyMeta, newId } from './factory';
import { assertJsonDepth, assertRawSectionCount, assertWithinLimits, LIMITS } from './limits';
import { computeNumbers } from './numbering';
import type { Appendix, Assignment, Level, NoticeMeta, Section, TocEntry, Warning, YaodianDocument } from './types';

const FORMAT = 'yaodian/1';

interface SectionJson {
  level: Level;
  number: string | null;
  heading: string;
  runIn: boolean;
  paragraphs: string[];
  children: SectionJson[];
  sourceLabel?: string | null;
  /** 任务分工; omitted when the section is not assigned */
  assignment?: Assignment;
}

export interface DocumentJson {
  format: typeof FORMAT;
  meta: NoticeMeta;
  numbering: YaodianDocument['numbering'];
  preamble: string[];
  sections: SectionJson[];
  toc: TocEntry[] | null;
  warnings: Warning[];
  /** attachment content after the 署名; omitted when there is none */
  appendices?: Appendix[];
}

export function toJson(doc: YaodianDocument): DocumentJson {
  const numbers = computeNumbers(doc.sections, doc.numbering);
  const convert = (s: Section): SectionJson => ({
    level: s.level,
    number: numbers.get(s.id)?.number ?? null,
    heading: s.heading,
    runIn: s.runIn,
    paragraphs: [...s.paragraphs],
    children: s.children.map(convert),
    ...(s.sourceLabel ? { sourceLabel: s.sourceLabel } : {}),
    ...(s.assignment ? { assignment: { ...s.assignment } } : {}),
  });
  return {
    format: FORMAT,
    meta: { ...doc.meta },
    numbering: { ...doc.numbering },
    preamble: [...doc.preamble],
    sections: doc.sections.map(convert),
    toc: doc.toc,
    warnings: doc.warnings,
    ...(doc.appendices?.length ? { appendices: doc.appendices } : {}),
  };
}

const levelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const modeSchema = z.enum(['continuous', 'restart', 'none']);
const text = z.string().max(LIMITS.paragraphChars);
const optionalText = text.nullable().optional();

const unitList = z.array(z.string().max(200)).max(100).default([]);
const assignmentSchema = z.object({
  lead: unitList,
  support: unitList,
  deadline: z.string().max(200).nullable().default(null),
  deadlineDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD')
    .nullable()
    .default(null),
  leader: z.string().max(200).nullable().default(null),
});

const sectionSchema: z.ZodType<SectionJson> = z.lazy(() =>
  z.object({
    level: levelSchema,
    number: z
      .string()
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    heading: text.default(''),
    runIn: z.boolean().default(false),
    paragraphs: z.array(text).default([]),
    children: z.array(sectionSchema).default([]),
    sourceLabel: z.string().nullable().optional(),
    assignment: assignmentSchema.optional(),
  }),
) as unknown as z.ZodType<SectionJson>;

const metaSchema = z.object({
  issuer: optionalText,
  issuerMark: optionalText,
  docNumber: optionalText,
  copyNumber: optionalText,
  secrecy: optionalText,
  urgency: optionalText,
  signer: optionalText,
  noticeTitle: optionalText,
  recipients: optionalText,
  coverParagraphs: z.array(text).optional(),
  attachments: z.array(text).optional(),
  signature: optionalText,
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期应写成“年-月-日”，如 2024-02-19')
    .nullable()
    .optional(),
  note: optionalText,
  cc: optionalText,
  printedBy: optionalText,
  printedDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期应写成“年-月-日”，如 2024-02-19')
    .nullable()
    .optional(),
  title: optionalText,
  byline: optionalText,
});

const appendixBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text }),
  z.object({ kind: z.literal('table'), rows: z.array(z.array(text)), headerRows: z.number().int().min(0).default(0) }),
]);
const appendixSchema = z.object({
  label: text,
  title: text.nullable().default(null),
  blocks: z.array(appendixBlockSchema),
});

const documentJsonSchema = z.object({
  format: z.literal(FORMAT).optional(),
  meta: metaSchema.default({}),
  numbering: z.object({ 1: modeSchema, 2: modeSchema, 3: modeSchema, 4: modeSchema }).partial().optional(),
  preamble: z.array(text).default([]),
  sections: z.array(sectionSchema).default([]),
  toc: z
    .array(z.object({ level: levelSchema, number: z.string().nullable(), heading: text }))
    .nullable()
    .optional(),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })).optional(),
  appendices: z.array(appendixSchema).optional(),
});

export class InterchangeError extends UserError {
  constructor(message: string) {
    super('bad-file', message);
  }
}

/** Reads the interchange JSON (already parsed) into a document with fresh ids. Throws InterchangeError in Chinese. */
export function fromJson(input: unknown): YaodianDocument {
  assertJsonDepth(input, 'JSON 的');
  assertRawSectionCount(input);
  const parsed = documentJsonSchema.safeParse(input, { error: chineseErrorMap });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InterchangeError(`不是有效的要点文档 JSON：“${fieldPath(issue.path) || '最外层'}” ${issue.message}`);
  }
  const data = parsed.data;
  const toSection = (s: SectionJson, parentLevel: number): Section => {
    if (s.level <= parentLevel)
      throw new InterchangeError(`不是有效的要点文档 JSON：章节“${s.heading}”的层级不低于其上级`);
    return {
      id: newId(),
      level: s.level,
      heading: s.heading,
      runIn: s.runIn,
      paragraphs: s.paragraphs,
      children: s.children.map((c) => toSection(c, s.level)),
      ...(s.sourceLabel ? { sourceLabel: s.sourceLabel } : {}),
      ...(s.assignment ? { assignment: { ...s.assignment } } : {}),
    };
  };
  const meta: NoticeMeta = { ...emptyMeta() };
  for (const [k, v] of Object.entries(data.meta))
    if (v !== undefined) (meta as unknown as Record<string, unknown>)[k] = v;
  const doc = createDocument({
    meta,
    numbering: data.numbering as YaodianDocument['numbering'] | undefined,
    preamble: data.preamble,
    sections: data.sections.map((s) => toSection(s, 0)),
    toc: data.toc ?? null,
    warnings: data.warnings ?? [],
    appendices: data.appendices as Appendix[] | undefined,
  });
  assertWithinLimits(doc);
  return doc;
}
