// search.query, check.*, compare.documents, newYear.*: pure modules run on stored documents.
import { applyFix, runChecks } from '../../shared/checks/index';
import { findingKey } from '../../shared/checks/finding-key';
import { ignoreKeyFor, isIgnored } from '../../shared/checks/lexicon/ignore';
import type { Finding } from '../../shared/checks/types';
import type { YaodianDocument } from '../../shared/model/types';
import { addCheckIgnore, clearCheckIgnores, listCheckIgnores } from '../store/check-ignores';
import { compareDocuments } from '../../shared/compare/index';
import { planNewYear } from '../../shared/new-year/index';
import { reviewMarks } from '../../shared/new-year/review-marks';
import { carryOver } from '../../shared/tasks/carry-over';
import { listProgress } from '../store/tasks';
import { displayTitle } from '../store/documents';
import { assertValidTree } from './drafts';
import { invalidOperation, notFound } from './errors';
import { copy, stored, type HandlerGroup } from './handler-utils';
import { loadOfficeLexicon, officeLexiconFinding } from './office-lexicon';
import { search } from './search-service';
import type { ServiceContext } from './service-context';

type Group = HandlerGroup<
  | 'search.query'
  | 'check.document'
  | 'check.applyFix'
  | 'check.ignore'
  | 'check.clearIgnores'
  | 'compare.documents'
  | 'newYear.preview'
  | 'newYear.create'
>;

export function analysisHandlers({ drafts, now, dataDir }: ServiceContext): Group {
  /** The findings as the user sees them: the office lexicon's problem first, ignored ones left out. */
  const check = (id: string, document: YaodianDocument) => {
    const office = dataDir ? loadOfficeLexicon(dataDir) : { options: {}, problem: null };
    const ignores = listCheckIgnores(drafts.db, id);
    const found = runChecks(document, { ...office.options, completeness: true }).filter((f) => !isIgnored(f, ignores));
    const findings: Finding[] = office.problem ? [officeLexiconFinding(office.problem), ...found] : found;
    return { findings, options: office.options };
  };

  const plan = (id: string, year: number | undefined, skeleton: boolean) => {
    const { row, document } = drafts.load(id);
    const target = year ?? (row.year ?? now().getFullYear() - 1) + 1;
    const planned = planNewYear(copy(document), { year: target, skeleton });
    // the 分工 goes with its sections; last year's final status is listed beside each task
    const carried = carryOver(document, planned.document, listProgress(drafts.db, id), target);
    const changes = [...planned.changes, ...carried.changes];
    return { row, source: document, target, document: carried.document, changes };
  };

  return {
    'search.query': async ({ query, limit }) => search(drafts, query, limit),

    // the app's 规范检查 also lists what the document still lacks before export
    'check.document': async ({ id }) => check(id, drafts.load(id).document).findings,

    'check.applyFix': async ({ id, findingIndex, findingKey: key }) => {
      const { row, document } = drafts.load(id);
      drafts.assertEditable(row);
      const { findings, options } = check(id, document);
      const finding = key !== undefined ? findings.find((f) => findingKey(f) === key) : findings[findingIndex];
      if (!finding) throw notFound('这条检查结果已不存在（文档可能已修改），请重新检查。');
      if (!finding.fix) throw invalidOperation(`“${finding.message}”没有可以自动修正的办法，请手工修改。`);
      const next = applyFix(copy(document), finding, options);
      assertValidTree(next);
      drafts.write(id, next);
      return { document: copy(next), findings: check(id, next).findings, summary: drafts.summary(id) };
    },

    'check.ignore': async ({ id, findingIndex, findingKey: key, scope }) => {
      const { document } = drafts.load(id);
      const findings = check(id, document).findings;
      const finding = key !== undefined ? findings.find((f) => findingKey(f) === key) : findings[findingIndex];
      if (!finding) throw notFound('这条检查结果已不存在（文档可能已修改），请重新检查。');
      const ignoreKey = ignoreKeyFor(finding, scope);
      if (!ignoreKey) throw invalidOperation(`“${finding.message}”不是用词检查的结果，不能忽略，请修改后重新检查。`);
      addCheckIgnore(drafts.db, id, ignoreKey, now().toISOString());
      return check(id, document).findings;
    },

    'check.clearIgnores': async ({ id }) => {
      const { document } = drafts.load(id);
      const cleared = clearCheckIgnores(drafts.db, id);
      return { cleared, findings: check(id, document).findings };
    },

    'compare.documents': async ({ oldId, newId, ignorePunctuationWidth, ignoreWhitespace }) =>
      compareDocuments(drafts.load(oldId).document, drafts.load(newId).document, {
        ignorePunctuationWidth,
        ignoreWhitespace,
      }),

    'newYear.preview': async ({ id, year, skeleton }) => {
      const p = plan(id, year, skeleton);
      return { year: p.target, changes: p.changes, document: p.document };
    },

    'newYear.create': async ({ id, year, skeleton }) => {
      const p = plan(id, year, skeleton);
      assertValidTree(p.document);
      const from = `${p.row.year ? `${p.row.year}年的` : ''}《${displayTitle(p.source.meta, p.row.year)}》`;
      // each 请核对 row becomes a mark inside the draft, listed by 规范检查 until the user resolves it
      const document = { ...p.document, warnings: [...p.document.warnings, ...reviewMarks(p.changes)] };
      const { row } = drafts.create({ document, year: p.target, revisionLabel: `由${from}生成` });
      return { ...stored(drafts, row.id), changes: p.changes };
    },
  };
}
