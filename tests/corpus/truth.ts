// The real-document corpus (tests/corpus/real): each <slug>.txt with its <slug>.truth.json, written by reading
// the document. Compares an imported document with its truth fact by fact.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Section, YaodianDocument } from '../../shared/model/types';
import { repoRoot } from '../helpers/paths';

const REAL_DIR = join(repoRoot, 'tests', 'corpus', 'real');

export interface Truth {
  source: string;
  noticeTitle: string | null;
  title: string | null;
  byline?: string | null;
  docNumber: string | null;
  /** absent: the document does not say (a page's own name for itself is not the issuer) */
  issuer?: string | null;
  signature: string | null;
  date: string | null;
  recipients: string | null;
  note: string | null;
  attachments: string[];
  /** top-level sections: how many, how each starts (its heading, or its text when it has no heading), children */
  sections: { count: number; headings: string[]; children: number[] };
  appendices: number;
  /** the stored copy ends mid-document: the facts describe what the copy holds */
  truncated?: boolean;
}

export interface CorpusDoc {
  slug: string;
  text: string;
  truth: Truth;
}

export function readCorpus(dir = REAL_DIR): CorpusDoc[] {
  return readdirSync(dir).filter((f) => f.endsWith('.truth.json')).sort().map((f) => {
    const slug = f.replace(/\.truth\.json$/, '');
    return { slug, text: readFileSync(join(dir, `${slug}.txt`), 'utf8'), truth: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Truth };
  });
}

export interface FactResult {
  fact: string;
  ok: boolean;
  expected: unknown;
  actual: unknown;
}

const squash = (s: string | null | undefined) => (s == null ? null : s.replace(/[\s\u3000\u00a0]+/g, ' ').trim());

const key = (t: string) => t.replace(/[\s\u3000。]+/g, '');

/** How a section's text starts as printed: its heading and, run in after it, its first paragraph. */
function opening(s: Section): string {
  return key(s.runIn || !s.heading ? s.heading + (s.paragraphs[0] ?? '') : s.heading);
}

export function compareWithTruth(doc: YaodianDocument, t: Truth): FactResult[] {
  const m = doc.meta;
  const out: FactResult[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const fact = (name: string, expected: unknown, actual: unknown, ok = same(expected, actual)) =>
    out.push({ fact: name, ok, expected, actual });
  fact('noticeTitle', t.noticeTitle, m.noticeTitle);
  fact('title', t.title, m.title);
  // spacing inside a credit line is typography ("（民政部　一九九七年…）" in print, "（民政部   一九九七年…）" in a PDF copy)
  const tight = (v: string | null | undefined) => (v == null ? null : v.replace(/[\s\u3000]+/g, ''));
  if (t.byline !== undefined) fact('byline', tight(t.byline), tight(m.byline));
  fact('docNumber', t.docNumber, m.docNumber);
  if (t.issuer !== undefined) fact('issuer', squash(t.issuer), squash(m.issuer));
  fact('signature', squash(t.signature), squash(m.signature));
  fact('date', t.date, m.date);
  fact('recipients', t.recipients, m.recipients);
  fact('note', t.note, m.note);
  fact('attachments', t.attachments, m.attachments);
  const top = doc.sections;
  fact('sections.count', t.sections.count, top.length);
  const starts = top.map(opening);
  fact('sections.headings', t.sections.headings, starts.map((s, i) => s.slice(0, t.sections.headings[i]?.length ?? 12)),
    top.length === t.sections.count && t.sections.headings.every((h, i) => starts[i].startsWith(key(h))));
  fact('sections.children', t.sections.children, top.map((s) => s.children.length));
  fact('appendices', t.appendices, doc.appendices?.length ?? 0);
  return out;
}
