// Precision first (宁可漏报，不可误报): every lexicon and number rule over every real document we have. A finding
// fails the test unless a person, reading the document, listed it in lexicon-allow-list.json as a real error;
// an allow-list line that no longer matches anything fails too, so the list stays exact.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../shared/checks';
import { LEXICON_CODES } from '../../shared/checks/lexicon/rule';
import { repoRoot } from '../helpers/paths';
import { loadReal, realDocuments } from './lexicon-real-documents';

interface Allowed {
  entryId: string;
  matched: string;
  note: string;
}

const allowList = JSON.parse(readFileSync(join(repoRoot, 'tests', 'checks', 'lexicon-allow-list.json'), 'utf8')) as {
  documents: Record<string, Allowed[]>;
};
/** the lexicon's codes and the 公文 wording rule added with it */
const lexiconCodes = new Set<string>([...LEXICON_CODES, 'notice-title-de']);
const docs = realDocuments();

describe('lexicon findings on real documents', () => {
  it('reads at least the three seeds and the import corpus', () => {
    expect(docs.filter((d) => d.name.startsWith('seeds/')).length).toBeGreaterThanOrEqual(3);
    expect(docs.length).toBeGreaterThanOrEqual(13);
  });

  it.each(docs.map((d) => [d.name, d] as const))(
    '%s: only the findings a person marked as real errors',
    async (name, d) => {
      const findings = runChecks(await loadReal(d)).filter((f) => lexiconCodes.has(f.code));
      const got = findings.map((f) => `${f.entryId} ${f.matched}`).sort();
      const allowed = (allowList.documents[name] ?? []).map((a) => `${a.entryId} ${a.matched}`).sort();
      // what a person needs to judge each unexpected finding: where, and the message with its excerpt
      const unexpected = findings.filter((f) => !allowed.includes(`${f.entryId} ${f.matched}`));
      const report = unexpected.map((f) => `${f.location}：${f.message}`).join('\n');
      expect(got, `not in lexicon-allow-list.json:\n${report}`).toEqual(allowed);
    },
    30_000,
  );

  it('every allow-list entry names a real document and says why', () => {
    const names = new Set(docs.map((d) => d.name));
    for (const [name, list] of Object.entries(allowList.documents)) {
      expect(names.has(name), name).toBe(true);
      for (const a of list) expect(a.note.length, `${name} ${a.entryId}`).toBeGreaterThan(8);
    }
  });
});
