// The documents as the handlers see them: loaded once and cached (validated by the row's rev, which every
// write bumps), written back as a diff so an edit touches only the rows it changed.
import type { DocumentSummary, RevisionSummary } from '../../shared/api/contract';
import { newId } from '../../shared/model/factory';
import { computeNumbers } from '../../shared/model/numbering';
import { assertWithinLimits } from '../../shared/model/limits';
import { flatten, validateTree } from '../../shared/model/tree';
import type { NoticeMeta, YaodianDocument } from '../../shared/model/types';
import {
  displayTitle,
  documentField,
  getDocumentRev,
  getDocumentRow,
  insertDocumentRow,
  rowToDocument,
  rowToSummary,
  updateDocumentRow,
  type DocumentFields,
  type DocumentRow,
} from '../store/documents';
import { applyDiffToRows, diffSections, toRows, type SectionRow } from '../../shared/model/section-diff';
import { applySectionDiff, countSectionRows, loadSections, loadSkeleton } from '../store/sections';
import { insertRevision, lastRevisionTime, thinAutoRevisions, type RevisionReason } from '../store/revisions';
import { tx, type Db } from '../store/statements';
import { applyChanges, ChangeSetError, looseMerge, type DocumentChanges } from '../../shared/model/changes';
import { conflict, invalidOperation, notFound } from './errors';
import { formatTime } from './handler-utils';

export interface DraftsOptions {
  now: () => Date;
  /** an automatic snapshot at most this often while a document is being edited */
  autoRevisionMs: number;
  /** documents kept in memory */
  cacheSize: number;
}

/** How written data is made durable: soon after an edit, at once after a save point. */
export interface Durability {
  flushSoon(): void;
  flush(): void;
}

const NO_FLUSH: Durability = { flushSoon() {}, flush() {} };

export const DEFAULT_DRAFTS_OPTIONS: DraftsOptions = {
  now: () => new Date(),
  autoRevisionMs: 5 * 60_000,
  cacheSize: 24,
};

interface Loaded {
  row: DocumentRow;
  document: YaodianDocument;
  rows: Map<string, SectionRow>;
}

/** Number paths ("二、（三）") and document order of a document's sections, for search results. */
export interface Outline {
  row: DocumentRow;
  title: string;
  paths: Map<string, string>;
  order: Map<string, number>;
}

export class Drafts {
  private docs = new Map<string, Loaded>();
  private outlines = new Map<string, Outline>();

  constructor(
    readonly db: Db,
    readonly options: DraftsOptions = DEFAULT_DRAFTS_OPTIONS,
    private readonly durability: Durability = NO_FLUSH,
  ) {}

  nowIso(): string {
    return this.options.now().toISOString();
  }

  row(id: string): DocumentRow {
    const row = getDocumentRow(this.db, id);
    if (!row) throw notFound(`找不到文档（${id}），它可能已被彻底删除。`);
    return row;
  }

  /** The stored document (shared, never mutate it: the operations are pure). */
  load(id: string): Loaded {
    const cached = this.docs.get(id);
    if (cached && getDocumentRev(this.db, id) === cached.row.rev) {
      this.touch(id, cached);
      return cached;
    }
    const row = this.row(id);
    const document = rowToDocument(row, loadSections(this.db, id));
    const loaded = { row, document, rows: toRows(document.sections) };
    this.touch(id, loaded);
    return loaded;
  }

  private touch(id: string, loaded: Loaded): void {
    this.docs.delete(id);
    this.docs.set(id, loaded);
    while (this.docs.size > this.options.cacheSize) this.docs.delete(this.docs.keys().next().value!);
  }

  summary(id: string): DocumentSummary {
    const cached = this.docs.get(id);
    const row = this.row(id);
    const count = cached && cached.row.rev === row.rev ? cached.rows.size : countSectionRows(this.db, id);
    return rowToSummary(row, count);
  }

  create(init: {
    document: YaodianDocument;
    year: number | null;
    isTemplate?: boolean;
    revisionLabel?: string;
  }): Loaded {
    assertValidTree(init.document);
    const id = newId();
    const now = this.nowIso();
    tx(this.db, () => {
      insertDocumentRow(this.db, {
        id,
        year: init.year,
        kind: 'yaodian',
        isTemplate: init.isTemplate ?? false,
        doc: init.document,
        now,
      });
      applySectionDiff(this.db, id, diffSections(new Map(), [], init.document.sections));
      if (init.revisionLabel) {
        insertRevision(this.db, {
          id: newId(),
          documentId: id,
          reason: 'auto',
          label: init.revisionLabel,
          doc: init.document,
          now,
        });
      }
    });
    this.flush();
    return this.load(id);
  }

  /**
   * Makes `next` the document's content, writing only the section rows that differ and the document
   * columns that changed; `fields` may set more columns (year, template flag…). Takes an automatic
   * snapshot when the last one is older than options.autoRevisionMs.
   */
  write(id: string, next: YaodianDocument, fields: DocumentFields = {}): Loaded {
    assertWithinLimits(next); // an edit (insert, paste into a section) may not take a document past the limits
    let cur: Loaded | undefined;
    try {
      const { row, diff } = tx(this.db, () => {
        cur = this.load(id);
        this.assertEditable(cur.row);
        const diff = diffSections(cur.rows, cur.document.sections, next.sections);
        const changed: DocumentFields = {};
        for (const k of ['meta', 'numbering', 'preamble', 'toc', 'warnings', 'appendices'] as const) {
          // the pure operations share what they leave untouched: only a replaced field is stringified
          if (next[k] === cur.document[k]) continue;
          const json = documentField(next, k);
          if (json !== cur.row[k]) changed[k] = json as never;
        }
        for (const [k, v] of Object.entries(fields) as Array<[keyof DocumentFields, never]>)
          if (v !== cur.row[k]) changed[k] = v;
        // nothing to write (an autosave of an unchanged document): leave rev and updated_at alone
        if (!diff.inserts.length && !diff.updates.length && !diff.deletes.length && !Object.keys(changed).length) {
          return { row: cur.row, diff };
        }
        applySectionDiff(this.db, id, diff);
        const now = this.nowIso();
        const row = updateDocumentRow(this.db, cur.row, changed, now);
        this.maybeAutoRevision(id, next, now);
        return { row, diff };
      });
      // the cached rows follow only once the transaction has committed
      applyDiffToRows(cur!.rows, diff);
      const loaded = { row, document: next, rows: cur!.rows };
      this.touch(id, loaded);
      if (row !== cur!.row) this.durability.flushSoon();
      return loaded;
    } catch (err) {
      this.docs.delete(id);
      throw err;
    }
  }

  /**
   * Saves a change set computed against stored version `baseRev`. When the stored document has moved on
   * (another window or process saved in between) nothing is overwritten: the caller's edits, laid over the
   * stored version, are kept as a revision and a conflict is raised for the editor to reload.
   */
  saveChanges(id: string, baseRev: number, changes: DocumentChanges, fields: DocumentFields = {}): Loaded {
    const cur = this.load(id);
    this.assertEditable(cur.row);
    if (cur.row.rev !== baseRev) {
      const label = '本窗口未保存的修改（与另一窗口冲突）';
      const kept = this.snapshot(id, 'manual', label, looseMerge(cur.document, cur.rows, changes));
      throw conflict(
        `这份文档已在另一个窗口中修改并保存，本窗口的修改没有覆盖它，已另存为修订“${label}”（${formatTime(kept.createdAt)}）；` +
          '已载入最新内容，可在“修订记录”中查看或恢复。',
      );
    }
    let next: YaodianDocument;
    try {
      next = applyChanges(cur.document, cur.rows, changes);
    } catch (err) {
      if (err instanceof ChangeSetError) throw invalidOperation(`保存失败：${err.message}。请重新打开这份文档。`);
      throw err;
    }
    // applyChanges checked the changed sections; the rest is the stored tree, valid already
    return this.write(id, next, fields);
  }

  /** Sets document columns without touching the content (回收站, template flag). */
  setFields(id: string, fields: DocumentFields): DocumentRow {
    const loaded = tx(this.db, () => {
      const cur = this.load(id);
      return { ...cur, row: updateDocumentRow(this.db, cur.row, fields, this.nowIso()) };
    });
    this.touch(id, loaded);
    this.flush();
    return loaded.row;
  }

  /** A save point: makes everything committed durable now (or as soon as the enclosing transaction ends). */
  flush(): void {
    if (this.db.inTransaction) this.durability.flushSoon();
    else this.durability.flush();
  }

  assertEditable(row: DocumentRow): void {
    if (row.deleted_at !== null) throw invalidOperation('这份文档在回收站中，请先从回收站恢复，再修改。');
  }

  /** Stores a snapshot of the document as it is now, or of `doc` (what was just exported). */
  snapshot(id: string, reason: RevisionReason, label: string | null, doc?: YaodianDocument): RevisionSummary {
    const document = doc ?? this.load(id).document;
    const rev = tx(this.db, () => {
      const rev = insertRevision(this.db, {
        id: newId(),
        documentId: id,
        reason,
        label,
        doc: document,
        now: this.nowIso(),
      });
      if (reason === 'auto') thinAutoRevisions(this.db, id, this.options.now());
      return rev;
    });
    this.flush();
    return rev;
  }

  private maybeAutoRevision(id: string, doc: YaodianDocument, now: string): void {
    const last = lastRevisionTime(this.db, id);
    if (last !== null && Date.parse(now) - Date.parse(last) < this.options.autoRevisionMs) return;
    insertRevision(this.db, { id: newId(), documentId: id, reason: 'auto', label: '编辑时自动保存', doc, now });
    thinAutoRevisions(this.db, id, new Date(now));
  }

  /** Number paths and order, cached per rev; built from the cached document or from a text-less skeleton. */
  outline(id: string): Outline | null {
    const rev = getDocumentRev(this.db, id);
    if (rev === undefined) return null;
    const cached = this.outlines.get(id);
    if (cached && cached.row.rev === rev) return cached;
    const loaded = this.docs.get(id);
    const row = this.row(id);
    const sections = loaded && loaded.row.rev === rev ? loaded.document.sections : loadSkeleton(this.db, id);
    const numbering = JSON.parse(row.numbering) as YaodianDocument['numbering'];
    const numbers = computeNumbers(sections, numbering);
    const paths = new Map<string, string>();
    const order = new Map<string, number>();
    flatten(sections).forEach(({ section }, i) => {
      paths.set(section.id, numbers.get(section.id)?.path.join('') ?? '');
      order.set(section.id, i);
    });
    const outline = { row, title: displayTitle(JSON.parse(row.meta) as NoticeMeta, row.year), paths, order };
    this.outlines.set(id, outline);
    return outline;
  }
}

/** The one check before anything is stored: the document limits (LimitError), then a valid tree. */
export function assertValidTree(doc: YaodianDocument): void {
  assertWithinLimits(doc);
  const problems = validateTree(doc.sections);
  if (problems.length) throw invalidOperation(`文档结构无效：${problems[0]}`);
}
