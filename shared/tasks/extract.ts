// Inline assignments → Section.assignment. Real notices write who does what inside the text:
// "（牵头单位：社会救助处；配合单位：财务处；完成时限：6月底前）", "（责任单位：…）", "（负责部门：…）",
// "（市发改委、市财政局主办，市民政局协办）". This pass runs over an imported document (after the text or
// Word importer, whatever its rules), moves each such note into the section's fields and removes it from the
// heading or body; a parenthesis that is not entirely an assignment note is left untouched.
import type { Assignment, Section, Warning, YaodianDocument } from '../model/types';
import { emptyAssignment, splitUnits } from './assignment';
import { parseDeadline } from './deadline';
import { documentYear } from './year';

type Field = 'lead' | 'support' | 'deadline' | 'leader';

const LABELS: Array<[RegExp, Field]> = [
  [
    /^(牵头(单位|部门|处室|领导单位)?|责任(单位|部门|处室)|负责(单位|部门|处室)|主办(单位|部门)?|承办(单位|部门))$/,
    'lead',
  ],
  [/^(配合(单位|部门|处室)?|协办(单位|部门)?|参与(单位|部门))$/, 'support'],
  [/^(完成(时限|时间|期限)|时间(节点|要求)|时限(要求)?|办结时限)$/, 'deadline'],
  [/^(责任领导|分管(厅|局)?领导|牵头领导)$/, 'leader'],
];

// one level of nested parentheses is allowed: （责任单位：各县（市、区）民政局）
const PAREN = /[（(]((?:[^（）()]|[（(][^（）()]{0,40}[)）]){2,300})[)）]/g;

/** The fields of one parenthesised note, or null when it is not wholly an assignment note. */
export function parseNote(inner: string): Partial<Record<Field, string>> | null {
  const text = inner.trim().replace(/[。]$/, '');
  const out: Partial<Record<Field, string>> = {};
  if (/[:：]/.test(text)) {
    for (const part of text.split(/[；;]|[，,](?=[^，,：:]{2,8}[:：])/)) {
      if (!part.trim()) continue;
      const m = /^\s*([^:：]{2,8})\s*[:：]\s*(.*)$/.exec(part);
      const field = m ? LABELS.find(([re]) => re.test(m[1].trim()))?.[1] : undefined;
      if (!m || !field) return null;
      const value = m[2].trim();
      if (value) out[field] = out[field] ? `${out[field]}、${value}` : value;
    }
    return Object.keys(out).length ? out : null;
  }
  // "甲、乙主办，丙协办" / "甲牵头，乙配合" (each part ends with its role word)
  for (const part of text.split(/[，,；;]/)) {
    const m = /^(.+?)(主办|牵头|负责|协办|配合|参与)$/.exec(part.trim());
    if (!m) return null;
    const field: Field = /主办|牵头|负责/.test(m[2]) ? 'lead' : 'support';
    out[field] = out[field] ? `${out[field]}、${m[1]}` : m[1];
  }
  return out.lead ? out : null;
}

function merge(into: Assignment, note: Partial<Record<Field, string>>, year: number | null): void {
  if (note.lead) into.lead = [...new Set([...into.lead, ...splitUnits(note.lead)])];
  if (note.support) into.support = [...new Set([...into.support, ...splitUnits(note.support)])];
  if (note.leader) into.leader = into.leader ? `${into.leader}、${note.leader}` : note.leader;
  if (note.deadline && !into.deadline) {
    into.deadline = note.deadline;
    into.deadlineDate = parseDeadline(note.deadline, year).date;
  }
}

/** Removes the notes from one text, merging them into `into`; returns the text without them. */
function strip(text: string, into: Assignment, year: number | null, found: Found): string {
  if (!/[（(]/.test(text)) return text;
  const out = text.replace(PAREN, (whole, inner: string) => {
    const note = parseNote(inner);
    if (!note) return whole;
    merge(into, note, year);
    found.n++;
    found.notes.push(whole);
    return '';
  });
  return out === text ? text : out.replace(/^\s+|\s+$/g, '').replace(/([。；，])\1+/g, '$1');
}

interface Found {
  n: number;
  /** the notes as written, for the import warning (the original wording stays visible) */
  notes: string[];
}

function extractFrom(s: Section, year: number | null, found: Found): Section {
  const a: Assignment = s.assignment ? { ...s.assignment } : emptyAssignment();
  const before = found.n;
  const heading = strip(s.heading, a, year, found);
  const paragraphs = s.paragraphs
    .map((p) => strip(p, a, year, found))
    .filter((p, i) => p !== '' || s.paragraphs[i] === ''); // a paragraph that was only a note goes
  const own = found.n > before;
  const children = s.children.map((c) => extractFrom(c, year, found));
  const changedChildren = children.some((c, i) => c !== s.children[i]);
  if (!own) return changedChildren ? { ...s, children } : s;
  return { ...s, heading, paragraphs, children, assignment: a };
}

/** The document as imported, before its notes were taken out: the store keeps it as a revision. */
const ORIGINAL = new WeakMap<YaodianDocument, YaodianDocument>();

export function textBeforeExtraction(doc: YaodianDocument): YaodianDocument | null {
  return ORIGINAL.get(doc) ?? null;
}

/** A later pass that returns a new document object keeps the link to the text as imported. */
export function keepOriginal(from: YaodianDocument, to: YaodianDocument): YaodianDocument {
  const original = ORIGINAL.get(from);
  if (original && to !== from) ORIGINAL.set(to, original);
  return to;
}

/** The document with its inline assignment notes turned into fields (and a warning saying how many). */
export function extractAssignments(doc: YaodianDocument): YaodianDocument {
  const found: Found = { n: 0, notes: [] };
  const year = documentYear(doc);
  const sections = doc.sections.map((s) => extractFrom(s, year, found));
  if (!found.n) return doc;
  const warning: Warning = {
    code: 'assignments-extracted',
    message:
      `正文中的 ${found.n} 处任务分工（牵头单位、配合单位、完成时限）已移入各条的“分工”栏，并从正文中去掉，` +
      `原写法如：${found.notes.slice(0, 3).join('')}${found.n > 3 ? '等' : ''}`,
  };
  const out = { ...doc, sections, warnings: [...doc.warnings, warning] };
  ORIGINAL.set(out, doc);
  return out;
}
