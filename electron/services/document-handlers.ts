// documents.* and templates.list
import { createDocument } from '../../shared/model/factory';
import { listDocumentRows, rowToSummary } from '../store/documents';
import { assertValidTree } from './drafts';
import { copy, inferYear, stored, type HandlerGroup } from './handler-utils';
import type { ServiceContext } from './service-context';

type Group = HandlerGroup<
  | 'documents.list'
  | 'documents.create'
  | 'documents.get'
  | 'documents.setTemplate'
  | 'documents.save'
  | 'documents.delete'
  | 'documents.restore'
  | 'templates.list'
>;

export function documentHandlers({ drafts, now }: ServiceContext): Group {
  return {
    'documents.list': async ({ trash }) =>
      listDocumentRows(drafts.db, { trash }).map((r) => rowToSummary(r, r.section_count)),

    'documents.create': async ({ year, title, document }) => {
      const doc = document ? copy(document) : createDocument();
      if (title !== undefined) doc.meta = { ...doc.meta, title };
      assertValidTree(doc);
      const y = year ?? inferYear(doc) ?? (document ? null : now().getFullYear());
      const { row } = drafts.create({ document: doc, year: y });
      return stored(drafts, row.id);
    },

    'documents.get': async ({ id }) => stored(drafts, id),

    'documents.setTemplate': async ({ id, isTemplate }) => {
      drafts.setFields(id, { is_template: isTemplate ? 1 : 0 });
      return drafts.summary(id);
    },

    'documents.save': async ({ id, version, changes, year }) => {
      const saved = drafts.saveChanges(id, version, changes, year === undefined ? {} : { year });
      // the row the write returned is the stored one: reading it back would cost more than the edit's UPDATE
      return rowToSummary(saved.row, saved.rows.size);
    },

    'documents.delete': async ({ id }) => {
      if (drafts.row(id).deleted_at === null) drafts.setFields(id, { deleted_at: drafts.nowIso() });
      return drafts.summary(id);
    },

    'documents.restore': async ({ id }) => {
      if (drafts.row(id).deleted_at !== null) drafts.setFields(id, { deleted_at: null });
      return drafts.summary(id);
    },

    'templates.list': async () =>
      listDocumentRows(drafts.db, { templatesOnly: true }).map((r) => rowToSummary(r, r.section_count)),
  };
}
