// revisions.*: list, view, create and restore snapshots; restoring first snapshots the current state.
import { getRevision, listRevisions } from '../store/revisions';
import { tx } from '../store/statements';
import { assertValidTree } from './drafts';
import { notFound } from './errors';
import { copy, formatTime, stored, type HandlerGroup } from './handler-utils';
import type { ServiceContext } from './service-context';

type Group = HandlerGroup<'revisions.list' | 'revisions.get' | 'revisions.create' | 'revisions.restore'>;

export function revisionHandlers({ drafts }: ServiceContext): Group {
  const revision = (id: string) => {
    const found = getRevision(drafts.db, id);
    if (!found) throw notFound(`找不到这个历史版本（${id}），它可能已被清理。`);
    return found;
  };
  return {
    'revisions.list': async ({ documentId }) => {
      drafts.row(documentId);
      return listRevisions(drafts.db, documentId);
    },
    'revisions.get': async ({ revisionId }) => copy(revision(revisionId)),
    'revisions.create': async ({ documentId, reason, label }) => drafts.snapshot(documentId, reason, label ?? null),
    'revisions.restore': async ({ revisionId }) => {
      const { revision: r, document } = revision(revisionId);
      assertValidTree(document);
      drafts.assertEditable(drafts.row(r.documentId));
      tx(drafts.db, () => {
        drafts.snapshot(r.documentId, 'restore', `恢复到 ${formatTime(r.createdAt)} 的版本之前`);
        drafts.write(r.documentId, document);
      });
      drafts.flush();
      return stored(drafts, r.documentId);
    },
  };
}
