// The one typed contract between the app's UI and its back end. The same handler map serves Electron IPC,
// the loopback development host and tests. Every input is parsed with its zod schema at the boundary.
import { z } from 'zod';
import type { Finding } from '../checks/types';
import type { CompareReport } from '../compare/types';
import type { DocumentChanges } from '../model/changes';
import { LIMITS } from '../model/limits';
import type { NoticeMeta, Section, YaodianDocument } from '../model/types';
import type { YearChange } from '../new-year/types';
import type { LedgerTask } from '../tasks/ledger';
import type { ProgressRecord } from '../tasks/progress';
import type { TaskRow } from '../tasks/table';
import type { RowReport } from '../tasks/task-grid';

/** one paragraph or heading, in characters (the document limits live in shared/model/limits.ts) */
export const MAX_TEXT = LIMITS.paragraphChars;
/** a pasted text, in characters: as much as a whole document may hold */
export const MAX_PASTE = LIMITS.totalChars;
const MAX_PATH = 4096;

const id = z
  .string()
  .min(1, '缺少标识')
  .max(64, '标识过长')
  .regex(/^[A-Za-z0-9_-]+$/, '标识格式不正确');
// no fixed message: the error map says the limit and by how much it was passed
const text = z.string().max(MAX_TEXT);
const pastedText = z.string().max(MAX_PASTE);
const paragraphList = z.array(text).max(LIMITS.paragraphs);
const shortText = z.string().max(LIMITS.fieldChars);
const level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const mode = z.enum(['continuous', 'restart', 'none']);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期应写成“年-月-日”，如 2024-02-19')
  .nullable();
const filePath = z.string().min(1, '缺少文件路径').max(MAX_PATH, '路径过长');

export const metaPatchSchema = z
  .object({
    issuer: shortText.nullable(),
    issuerMark: shortText.nullable(),
    docNumber: shortText.nullable(),
    copyNumber: shortText.nullable(),
    secrecy: shortText.nullable(),
    urgency: shortText.nullable(),
    signer: shortText.nullable(),
    noticeTitle: shortText.nullable(),
    recipients: shortText.nullable(),
    coverParagraphs: paragraphList,
    attachments: z.array(shortText).max(LIMITS.attachments),
    signature: shortText.nullable(),
    date: isoDate,
    note: shortText.nullable(),
    cc: shortText.nullable(),
    printedBy: shortText.nullable(),
    printedDate: isoDate,
    title: shortText.nullable(),
    byline: shortText.nullable(),
  })
  .partial()
  .strict();

const unitName = z.string().trim().min(1, '单位名称不能为空').max(100, '单位名称过长');
const unitNames = z.array(unitName).max(100, '单位过多');
const assignmentSchema = z.object({
  lead: unitNames,
  support: unitNames,
  deadline: shortText.nullable(),
  deadlineDate: isoDate,
  leader: shortText.nullable(),
});
const assignmentPatch = assignmentSchema.partial().strict();
const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, '期次应为 YYYY-MM（月）或 YYYY-Qn（季度）');
const progressStatus = z.enum(['未启动', '推进中', '已完成', '滞后', '调整'], {
  error: '状态应为 未启动、推进中、已完成、滞后、调整 之一',
});

/** A whole document as the renderer holds it (ids included); used by documents.save and create. */
const sectionTree: z.ZodType<Section> = z.lazy(() =>
  z.object({
    id,
    level,
    heading: text,
    runIn: z.boolean(),
    paragraphs: paragraphList,
    children: z.array(sectionTree).max(LIMITS.sections),
    sourceLabel: z.string().max(50).nullable().optional(),
    assignment: assignmentSchema.nullable().optional(),
  }),
) as unknown as z.ZodType<Section>;

const numberingSchema = z.object({ 1: mode, 2: mode, 3: mode, 4: mode });
const tocSchema = z.array(z.object({ level, number: z.string().nullable(), heading: text })).nullable();
const warningsSchema = z.array(
  z.object({
    code: z.string().max(100),
    message: z.string().max(2000),
    sectionId: id.nullable().optional(),
  }),
);

const appendicesSchema = z
  .array(
    z.object({
      label: shortText,
      title: shortText.nullable(),
      blocks: z
        .array(
          z.discriminatedUnion('kind', [
            z.object({ kind: z.literal('paragraph'), text }),
            z.object({
              kind: z.literal('table'),
              rows: z.array(z.array(text).max(LIMITS.tableColumns)).max(LIMITS.paragraphs),
              headerRows: z.number().int().min(0).max(10),
            }),
          ]),
        )
        .max(LIMITS.paragraphs),
    }),
  )
  .max(LIMITS.attachments);

export const documentSchema = z.object({
  meta: metaPatchSchema
    .required()
    .extend({ byline: shortText.nullable().optional() }) as unknown as z.ZodType<NoticeMeta>,
  preamble: paragraphList,
  sections: z.array(sectionTree).max(LIMITS.sections),
  numbering: numberingSchema,
  toc: tocSchema,
  warnings: warningsSchema,
  appendices: appendicesSchema.optional(),
}) as unknown as z.ZodType<YaodianDocument>;

/** What one autosave sends (shared/model/changes.ts): changed sections as rows, removed ids, changed fields. */
const changesSchema = z
  .object({
    upsert: z
      .array(
        z
          .object({
            id,
            parentId: id.nullable(),
            position: z.number().int().min(0).max(LIMITS.sections),
            level,
            heading: text,
            runIn: z.boolean(),
            paragraphs: paragraphList,
            sourceLabel: z.string().max(50).nullable().optional(),
            assignment: assignmentSchema.nullable().optional(),
          })
          .strict(),
      )
      .max(LIMITS.sections),
    remove: z.array(id).max(LIMITS.sections),
    meta: metaPatchSchema.required().extend({ byline: shortText.nullable().optional() }).optional(),
    preamble: paragraphList.optional(),
    numbering: numberingSchema.optional(),
    toc: tocSchema.optional(),
    warnings: warningsSchema.optional(),
    appendices: appendicesSchema.optional(),
  })
  .strict() as unknown as z.ZodType<DocumentChanges, DocumentChanges>;

export const contract = {
  'documents.list': z.object({ trash: z.boolean().default(false) }),
  'documents.create': z.object({
    year: z.number().int().min(1949).max(2200).optional(),
    title: shortText.optional(),
    document: documentSchema.optional(),
  }),
  'documents.get': z.object({ id }),
  'documents.setTemplate': z.object({ id, isTemplate: z.boolean() }),
  /**
   * The one way edits are saved (autosave, undo, redo): the changes since the stored version `version`
   * (DocumentSummary.version) the editor started from. A stale version is refused with 'conflict' and the
   * caller's edits are kept as a revision next to the stored document. `year` moves it in the list.
   */
  'documents.save': z.object({
    id,
    version: z.number().int().min(0),
    changes: changesSchema,
    year: z.number().int().min(1949).max(2200).optional(),
  }),
  'documents.delete': z.object({ id }),
  'documents.restore': z.object({ id }),
  /** Parses text (a paste, a .txt's content) without storing anything. */
  'import.parseText': z.object({ text: pastedText }),
  /** Imports a .txt or .docx file from disk into a new stored document. */
  'import.file': z.object({ path: filePath }),
  /** Imports a file's content sent from the renderer (browser mode has no paths), base64, at most 20 MB. */
  'import.bytes': z.object({ name: shortText, dataBase64: z.string().max(28_000_000, '文件过大（超过 20 MB）') }),
  /** Imports pasted text into a new stored document. */
  'import.text': z.object({ text: pastedText, name: shortText.optional() }),
  /** withSeal lays out 署名 and 成文日期 for a sealed document (GB/T 9704 7.3.5.1); default without seal. */
  'export.docx': z.object({
    id,
    path: filePath,
    profile: shortText.optional(),
    withSeal: z.boolean().default(false),
    /** add the 任务分工表 as the notice's last 附件 */
    withTasks: z.boolean().default(false),
  }),
  /** The same notice as PDF (A4, fonts embedded), drawn from the page model: the Word file's pages. */
  'export.pdf': z.object({
    id,
    path: filePath.refine((p) => /\.pdf$/i.test(p), '导出 PDF 的文件名应以 .pdf 结尾'),
    profile: shortText.optional(),
    withSeal: z.boolean().default(false),
  }),
  'revisions.list': z.object({ documentId: id }),
  'revisions.get': z.object({ revisionId: id }),
  'revisions.create': z.object({
    documentId: id,
    reason: z.enum(['manual', 'export', 'auto']).default('manual'),
    label: shortText.optional(),
  }),
  'revisions.restore': z.object({ revisionId: id }),
  'search.query': z.object({
    query: z.string().max(200, '查询过长'),
    limit: z.number().int().min(1).max(200).default(50),
  }),
  'templates.list': z.object({}),
  /** Lists what a new-year draft would change, without creating anything. */
  'newYear.preview': z.object({
    id,
    year: z.number().int().min(1949).max(2200).optional(),
    skeleton: z.boolean().default(false),
  }),
  'newYear.create': z.object({
    id,
    year: z.number().int().min(1949).max(2200).optional(),
    skeleton: z.boolean().default(false),
  }),
  'compare.documents': z.object({
    oldId: id,
    newId: id,
    /** 对比往年 options: punctuation width and whitespace not counted as changes */
    ignorePunctuationWidth: z.boolean().optional(),
    ignoreWhitespace: z.boolean().optional(),
  }),
  'check.document': z.object({ id }),
  /** Applies the one-click fix of a finding (by its index in check.document's answer) and saves. */
  'check.applyFix': z.object({
    id,
    findingIndex: z.number().int().min(0),
    /** the finding's stable key (shared/checks/finding-key); when given it, not the index, picks the finding */
    findingKey: z.string().max(10_000).optional(),
  }),
  /** Remembers a lexicon finding as ignored: here (this text in this section or field) or in the whole document. */
  'check.ignore': z.object({
    id,
    findingIndex: z.number().int().min(0),
    findingKey: z.string().max(10_000).optional(),
    scope: z.enum(['here', 'document']),
  }),
  /** Forgets every ignored finding of a document. */
  'check.clearIgnores': z.object({ id }),
  /** 任务分工: sets the same fields on one or more sections (a field left out is kept; null/[] clears it). */
  'tasks.assign': z.object({
    documentId: id,
    sectionIds: z.array(id).min(1, '请选择条目').max(10_000),
    patch: assignmentPatch,
  }),
  /** the 分工表 rows of a document with its progress records */
  'tasks.list': z.object({ documentId: id }),
  /** 台账: every assigned task of every document (not in 回收站) with its latest progress */
  'tasks.ledger': z.object({}),
  /** writes the 分工表 (.docx, or .xlsx for tracking); unit: that unit's own list only */
  'tasks.export': z.object({
    documentId: id,
    path: filePath,
    unit: unitName.optional(),
    periods: z.array(period).max(60).optional(),
  }),
  /** the 季度进展情况 report (.docx): tasks by status with their latest 进展情况 */
  'tasks.report': z.object({ documentId: id, path: filePath, period: period.optional() }),
  /** a 任务分工表 (.xlsx, or a .docx with the table) → assignments on the sections it lists, matched by text */
  'tasks.importTable': z
    .object({
      documentId: id,
      path: filePath.optional(),
      name: shortText.optional(),
      dataBase64: z.string().max(28_000_000, '文件过大（超过 20 MB）').optional(),
    })
    .refine((v) => !!v.path || !!v.dataBase64, '请指定任务分工表文件'),
  'units.list': z.object({}),
  'units.add': z.object({
    names: unitNames.min(1, '请填写单位名称'),
    kind: z.enum(['机关处室', '直属单位', '下级单位', '其他']).default('其他'),
  }),
  'progress.add': z.object({ documentId: id, sectionId: id, period, status: progressStatus, text: shortText }),
  /** a returned tracking .xlsx (a path, or its bytes from the browser) → progress records, reported row by row */
  'progress.import': z
    .object({
      documentId: id.optional(),
      path: filePath.optional(),
      name: shortText.optional(),
      dataBase64: z.string().max(28_000_000, '文件过大（超过 20 MB）').optional(),
    })
    .refine((v) => !!v.path || !!v.dataBase64, '请指定要导入的 .xlsx 文件'),
} as const;

export type Method = keyof typeof contract;
export type Input<M extends Method> = z.input<(typeof contract)[M]>;
type ParsedInput<M extends Method> = z.output<(typeof contract)[M]>;

export interface DocumentSummary {
  id: string;
  year: number | null;
  kind: 'yaodian' | 'template';
  isTemplate: boolean;
  title: string;
  noticeTitle: string | null;
  issuer: string | null;
  docNumber: string | null;
  sectionCount: number;
  /** the stored version (bumped by every write): what documents.save's `version` refers to */
  version: number;
  createdAt: string; // ISO 8601
  updatedAt: string;
  deletedAt: string | null;
}

export interface StoredDocument {
  summary: DocumentSummary;
  document: YaodianDocument;
}

export interface RevisionSummary {
  id: string;
  documentId: string;
  reason: 'manual' | 'export' | 'auto' | 'restore';
  label: string | null;
  createdAt: string;
  sectionCount: number;
}

export interface SearchHit {
  documentId: string;
  documentTitle: string;
  year: number | null;
  sectionId: string | null; // null: a hit in the preamble or notice
  /** number path as printed, e.g. "二、（三）" */
  numberPath: string;
  heading: string;
  /** text around the hit with the matched part wrapped in 【】 markers */
  snippet: string;
}

interface ParsedText {
  document: YaodianDocument;
}

export interface Outputs {
  'documents.list': DocumentSummary[];
  'documents.create': StoredDocument;
  'documents.get': StoredDocument;
  'documents.setTemplate': DocumentSummary;
  'documents.save': DocumentSummary;
  'documents.delete': DocumentSummary;
  'documents.restore': DocumentSummary;
  'import.parseText': ParsedText;
  'import.file': StoredDocument;
  'import.bytes': StoredDocument;
  'import.text': StoredDocument;
  'export.docx': { path: string; bytes: number; profile: string; warnings: string[] };
  'export.pdf': { path: string; bytes: number; profile: string; warnings: string[] };
  'revisions.list': RevisionSummary[];
  'revisions.get': { revision: RevisionSummary; document: YaodianDocument };
  'revisions.create': RevisionSummary;
  'revisions.restore': StoredDocument;
  'search.query': SearchHit[];
  'templates.list': DocumentSummary[];
  'newYear.preview': { year: number; changes: YearChange[]; document: YaodianDocument };
  'newYear.create': StoredDocument & { changes: YearChange[] };
  'compare.documents': CompareReport;
  'check.document': Finding[];
  'check.applyFix': { document: YaodianDocument; findings: Finding[]; summary: DocumentSummary };
  'check.ignore': Finding[];
  'check.clearIgnores': { cleared: number; findings: Finding[] };
  'tasks.assign': { document: YaodianDocument };
  'tasks.list': { rows: TaskRow[]; records: ProgressRecord[] };
  'tasks.ledger': LedgerTask[];
  'tasks.export': { path: string; bytes: number; tasks: number };
  'tasks.report': { path: string; bytes: number; tasks: number };
  'tasks.importTable': { document: YaodianDocument; matched: number; report: RowReport[] };
  'units.list': Unit[];
  'units.add': Unit[];
  'progress.add': ProgressRecord;
  'progress.import': ProgressImportResult;
}

export interface Unit {
  name: string;
  kind: '机关处室' | '直属单位' | '下级单位' | '其他';
}

export interface ProgressImportResult {
  documentId: string;
  documentTitle: string;
  imported: number;
  unchanged: number;
  conflicts: number;
  failed: number;
  /** one line per row (and per file-level problem), in sheet order */
  report: RowReport[];
}

export type ErrorCode =
  'invalid-input' | 'not-found' | 'conflict' | 'invalid-operation' | 'io' | 'bad-file' | 'store-locked' | 'internal';

export interface ApiError {
  code: ErrorCode;
  message: string; // Chinese, shown to the user as is
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The back end as a map of plain async functions; handlers receive already-validated input. */
export type Handlers = { [M in Method]: (input: ParsedInput<M>) => Promise<Outputs[M]> };

/** What the renderer calls, whatever the transport. */
export type Api = <M extends Method>(method: M, input: Input<M>) => Promise<Result<Outputs[M]>>;

/**
 * Native desktop services outside the data contract. The Electron preload provides them; browser mode
 * provides fallbacks (a file input, a path under the development host's export folder).
 */
export interface DesktopBridge {
  /** .txt/.docx file chosen by the user (kind 'table': an .xlsx or .docx table), or null when cancelled */
  openFileDialog(kind?: 'notice' | 'table'): Promise<string | null>;
  /** target .docx path chosen by the user, or null when cancelled */
  saveFileDialog(defaultName: string): Promise<string | null>;
  showInFolder(path: string): Promise<void>;
}
