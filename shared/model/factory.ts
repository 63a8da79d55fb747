import type { Level, NoticeMeta, NumberingModes, Section, YaodianDocument } from './types';

let fallbackCounter = 0;

/** A new section id. crypto.randomUUID exists in Node 20, Electron and browsers. */
export function newId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  fallbackCounter += 1;
  return `s${Date.now().toString(36)}${fallbackCounter.toString(36)}`;
}

export function emptyMeta(): NoticeMeta {
  return {
    issuer: null,
    issuerMark: null,
    docNumber: null,
    copyNumber: null,
    secrecy: null,
    urgency: null,
    signer: null,
    noticeTitle: null,
    recipients: null,
    coverParagraphs: [],
    attachments: [],
    signature: null,
    date: null,
    note: null,
    cc: null,
    printedBy: null,
    printedDate: null,
    title: null,
  };
}

/** GB/T 9704 practice: 一、 restarts trivially, (一) restarts under each 一、 unless a document says otherwise. */
export function defaultNumbering(): NumberingModes {
  return { 1: 'restart', 2: 'restart', 3: 'restart', 4: 'restart' };
}

export function createSection(
  level: Level,
  heading = '',
  init: Partial<Omit<Section, 'level' | 'heading'>> = {},
): Section {
  return {
    id: init.id ?? newId(),
    level,
    heading,
    runIn: init.runIn ?? false,
    paragraphs: init.paragraphs ?? [],
    children: init.children ?? [],
    ...(init.sourceLabel !== undefined ? { sourceLabel: init.sourceLabel } : {}),
    ...(init.assignment ? { assignment: init.assignment } : {}),
  };
}

export function createDocument(init: Partial<YaodianDocument> = {}): YaodianDocument {
  return {
    meta: { ...emptyMeta(), ...(init.meta ?? {}) },
    preamble: init.preamble ?? [],
    sections: init.sections ?? [],
    numbering: { ...defaultNumbering(), ...(init.numbering ?? {}) },
    toc: init.toc ?? null,
    warnings: init.warnings ?? [],
    ...(init.appendices?.length ? { appendices: init.appendices } : {}),
  };
}
