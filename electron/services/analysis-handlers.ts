// search.query, check.*, compare.documents, newYear.*: pure modules run on stored documents.
import { applyFix, runChecks } from '../../shared/checks/index';
import { compareDocuments } from '../../shared/compare/index';
import { planNewYear } from '../../shared/new-year/index';
import { displayTitle } from '../store/documents';
import { assertValidTree } from './drafts';
import { invalidOperation, notFound } from './errors';
import { copy, stored, type HandlerGroup } from './handler-utils';
import { search } from './search-service';
import type { ServiceContext } from './service-context';

type Group = HandlerGroup<'search.query' | 'check.document' | 'check.applyFix' | 'compare.documents' | 'newYear.preview' | 'newYear.create'>;

export function analysisHandlers({ drafts, now }: ServiceContext): Group {
  const plan = (id: string, year: number | undefined, skeleton: boolean) => {
    const { row, document } = drafts.load(id);
    const target = year ?? (row.year ?? now().getFullYear() - 1) + 1;
    return { row, source: document, target, ...planNewYear(copy(document), { year: target, skeleton }) };
  };

  return {
    'search.query': async ({ query, limit }) => search(drafts, query, limit),

    'check.document': async ({ id }) => runChecks(drafts.load(id).document),

    'check.applyFix': async ({ id, findingIndex }) => {
      const { row, document } = drafts.load(id);
      drafts.assertEditable(row);
      const finding = runChecks(document)[findingIndex];
      if (!finding) throw notFound('这条检查结果已不存在（文档可能已修改），请重新检查。');
      if (!finding.fix) throw invalidOperation(`“${finding.message}”没有可以自动修正的办法，请手工修改。`);
      const next = applyFix(copy(document), finding);
      assertValidTree(next);
      drafts.write(id, next);
      return { document: copy(next), findings: runChecks(next), summary: drafts.summary(id) };
    },

    'compare.documents': async ({ oldId, newId }) => compareDocuments(drafts.load(oldId).document, drafts.load(newId).document),

    'newYear.preview': async ({ id, year, skeleton }) => {
      const p = plan(id, year, skeleton);
      return { year: p.target, changes: p.changes, document: p.document };
    },

    'newYear.create': async ({ id, year, skeleton }) => {
      const p = plan(id, year, skeleton);
      assertValidTree(p.document);
      const from = `${p.row.year ? `${p.row.year}年的` : ''}《${displayTitle(p.source.meta, p.row.year)}》`;
      const { row } = drafts.create({ document: p.document, year: p.target, revisionLabel: `由${from}生成` });
      return { ...stored(drafts, row.id), changes: p.changes };
    },
  };
}
