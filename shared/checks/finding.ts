// Building findings and the context every rule reads.
import type { Level, YaodianDocument } from '../model/types';
import { labelGroups, type SeqItem } from './source-labels';
import { FIELD_NAMES, sectionLocations, type FieldKey } from './locations';
import { textUnits, type TextUnit } from './scope';
import type { CompiledLexicon } from './lexicon/matcher';
import type { Finding, Severity } from './types';

export interface CheckContext {
  doc: YaodianDocument;
  locations: Map<string, string>;
  units: TextUnit[];
  /** how many non-heading texts each owner (section id or field) holds */
  counts: Map<string, number>;
  /** the source labels read into numbering runs, per level (computed once) */
  labels: Map<Level, SeqItem[][]>;
  options: CheckOptions;
}

/** What a check run may be given besides the document: the lexicon (built-in plus the office's own entries). */
export interface CheckOptions {
  lexicon?: CompiledLexicon;
  /**
   * Adds what a document still lacks before it can be sent (missing title, empty headings, the notice's
   * 主送/正文/署名/版记): the app's 规范检查 asks for it, the command line's check of a finished file does not.
   */
  completeness?: boolean;
}

export function ownerKey(o: { sectionId: string | null; field: string | null }): string {
  return o.sectionId ?? o.field ?? '';
}

export function makeContext(doc: YaodianDocument, options: CheckOptions = {}): CheckContext {
  const units = textUnits(doc);
  const counts = new Map<string, number>();
  for (const u of units) if (u.part !== 'heading') counts.set(ownerKey(u), (counts.get(ownerKey(u)) ?? 0) + 1);
  const labels = labelGroups(doc.sections, doc.numbering);
  return { doc, locations: sectionLocations(doc), units, counts, labels, options };
}

export function locationOf(ctx: CheckContext, owner: { sectionId: string | null; field: string | null }): string {
  if (owner.sectionId) return ctx.locations.get(owner.sectionId) ?? '';
  if (owner.field) return FIELD_NAMES[owner.field as FieldKey] ?? owner.field;
  return '全文';
}

export function finding(
  code: string,
  severity: Severity,
  message: string,
  location: string,
  opts: { sectionId?: string | null; field?: string | null; fix?: string | null } = {},
): Finding {
  return {
    code,
    severity,
    message,
    location,
    sectionId: opts.sectionId ?? null,
    field: opts.field ?? null,
    fix: opts.fix ? { label: opts.fix } : null,
  };
}

/** A rule: findings for a document, and the fixes it offers keyed by finding code. */
export interface Rule {
  check(ctx: CheckContext): Finding[];
  fixes?: Record<string, (doc: YaodianDocument, f: Finding, options: CheckOptions) => YaodianDocument>;
}

/** Quotes a short excerpt of text around index for a message. */
export function excerpt(text: string, index: number, radius = 8): string {
  const from = Math.max(0, index - radius);
  const to = Math.min(text.length, index + radius + 1);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

/** A section's heading quoted for a message. */
export function headingOf(s: { heading: string }, max = 16): string {
  const h = s.heading.trim();
  return `“${h.length > max ? h.slice(0, max) + '…' : h}”`;
}

/** Which text of its owner a unit is, for messages: 标题, 正文第2段, or nothing for a one-line field. */
export function partName(ctx: CheckContext, u: TextUnit): string {
  const ownerParagraphs = ctx.counts.get(ownerKey(u)) ?? 0;
  if (u.part === 'heading') return '标题';
  if (u.field === 'preamble') return ownerParagraphs > 1 ? `第${u.index + 1}段` : '';
  if (u.part === 'paragraph') return ownerParagraphs > 1 ? `正文第${u.index + 1}段` : '正文';
  return ownerParagraphs > 1 ? `第${u.index + 1}项` : '';
}
