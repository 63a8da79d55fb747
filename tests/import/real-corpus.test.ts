// Every real notice of tests/corpus/real imported from its text as a user pasted it, compared with the truth
// written by reading the document, fact by fact. The share that passes is printed and may not fall.
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/import/text';
import { compareWithTruth, readCorpus, type FactResult } from '../corpus/truth';

/** The share of facts the importer gets right on this corpus; raise it as the importer improves. */
const MIN_SHARE = 0.99;

describe('real corpus', () => {
  const corpus = readCorpus();

  it('holds at least 40 real documents, each with its source', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    for (const d of corpus) expect(d.truth.source, d.slug).toMatch(/^https?:\/\//);
  });

  it('imports every document and matches its truth fact by fact', () => {
    const failures: string[] = [];
    let passed = 0;
    let total = 0;
    let wholeDocs = 0;
    for (const d of corpus) {
      const results: FactResult[] = compareWithTruth(importText(d.text), d.truth);
      total += results.length;
      passed += results.filter((r) => r.ok).length;
      if (results.every((r) => r.ok)) wholeDocs++;
      for (const r of results.filter((x) => !x.ok)) {
        failures.push(`${d.slug} ${r.fact}: expected ${JSON.stringify(r.expected)}, got ${JSON.stringify(r.actual)}`);
      }
    }
    const share = passed / total;
    console.log(
      `real corpus: ${passed}/${total} facts (${(share * 100).toFixed(1)}%), ` +
        `${wholeDocs}/${corpus.length} documents entirely right`,
    );
    if (failures.length) console.log(failures.join('\n'));
    expect(share).toBeGreaterThanOrEqual(MIN_SHARE);
  });
});
