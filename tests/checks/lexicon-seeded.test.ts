// Recall on errors a person wrote into realistic 要点 sentences (every category), the one-click fixes they offer,
// and the clean sentences that must stay silent. Each sentence is one paragraph of a real document model.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFix, runChecks } from '../../shared/checks';
import { builtinEntries } from '../../shared/checks/lexicon/builtin';
import { wrongForms } from '../../shared/checks/lexicon/matcher';
import { LEXICON_CODES } from '../../shared/checks/lexicon/rule';
import { createDocument, createSection } from '../../shared/model';
import type { YaodianDocument } from '../../shared/model';
import { repoRoot } from '../helpers/paths';

const seeded = JSON.parse(readFileSync(join(repoRoot, 'tests', 'checks', 'lexicon-seeded-errors.json'), 'utf8')) as {
  cases: { text: string; entryId: string; matched: string }[];
  clean: string[];
};
const lexiconCodes = new Set<string>(LEXICON_CODES);

function docWith(paragraph: string): YaodianDocument {
  return createDocument({
    meta: { title: '2025年全省民政工作要点' } as never,
    sections: [
      createSection(1, '健全分层分类社会救助体系', {
        children: [createSection(2, '加强低收入人口动态监测', { runIn: true, paragraphs: [paragraph] })],
      }),
    ],
  });
}
const lexiconFindings = (doc: YaodianDocument) => runChecks(doc).filter((f) => lexiconCodes.has(f.code));

describe('seeded errors', () => {
  it('covers every category', () => {
    const byId = new Map(builtinEntries().map((e) => [e.id, e.category]));
    const categories = new Set(
      seeded.cases.map((c) => byId.get(c.entryId) ?? (c.entryId.startsWith('num-') ? 'number-usage' : '?')),
    );
    expect([...categories].sort()).toEqual(['name-change', 'number-usage', 'political-term', 'wording']);
  });

  it('finds at least 95% of them, each as the right entry and text', () => {
    const missed: string[] = [];
    for (const c of seeded.cases) {
      const found = lexiconFindings(docWith(c.text)).some((f) => f.entryId === c.entryId && f.matched === c.matched);
      if (!found) missed.push(`${c.entryId}: ${c.text}`);
    }
    const recall = (seeded.cases.length - missed.length) / seeded.cases.length;
    if (missed.length) console.log(missed.join('\n'));
    console.log(
      `seeded-error recall: ${(recall * 100).toFixed(1)}% (${seeded.cases.length - missed.length}/${seeded.cases.length})`,
    );
    expect(missed.length / seeded.cases.length, missed.join('\n')).toBeLessThanOrEqual(0.05);
  });

  it('reports nothing in the clean sentences', () => {
    for (const text of seeded.clean)
      expect(
        lexiconFindings(docWith(text)).map((f) => f.message),
        text,
      ).toEqual([]);
  });

  it('fixes each unambiguous error in one click, leaving the sentence clean of it', () => {
    let fixed = 0;
    for (const c of seeded.cases) {
      const doc = docWith(c.text);
      const f = lexiconFindings(doc).find((x) => x.entryId === c.entryId && x.matched === c.matched);
      if (!f?.fix) continue;
      const after = applyFix(doc, f);
      const paragraph = after.sections[0].children[0].paragraphs[0];
      expect(paragraph, c.text).not.toBe(c.text);
      expect(paragraph).toContain(f.suggestion);
      expect(
        lexiconFindings(after).some((x) => x.entryId === c.entryId),
        paragraph,
      ).toBe(false);
      fixed++;
    }
    expect(fixed).toBeGreaterThan(seeded.cases.length / 2);
  });
});

describe('every built-in entry', () => {
  const entries = builtinEntries();

  it('has at least 300 entries, each with a source and a reason', () => {
    expect(entries.length).toBeGreaterThanOrEqual(300);
    for (const e of entries) {
      expect(e.source.length, e.id).toBeGreaterThan(4);
      expect(e.reason.length, e.id).toBeGreaterThan(2);
    }
  });

  it('has unique ids, and no wrong form claimed by two entries', () => {
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    const owner = new Map<string, string>();
    for (const e of entries) {
      for (const form of wrongForms(e)) {
        expect(owner.get(form), `${form}: ${owner.get(form)} and ${e.id}`).toBeUndefined();
        owner.set(form, e.id);
      }
    }
  });

  it('finds each plain wrong form in a sentence, and never the right form itself', () => {
    for (const e of entries) {
      if (e.context?.before || e.context?.after || !e.wrong) continue;
      const wrong = e.wrong[0];
      const hit = lexiconFindings(docWith(`各地要认真落实${wrong}有关要求。`)).some((f) => f.entryId === e.id);
      expect(hit, `${e.id}: ${wrong}`).toBe(true);
      const right = lexiconFindings(docWith(`各地要认真落实${e.right}有关要求。`)).filter((f) => f.entryId === e.id);
      expect(right, `${e.id}: ${e.right}`).toEqual([]);
    }
  });
});
