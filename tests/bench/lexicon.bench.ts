// 规范检查 with the lexicon: all checks on a 1,000-section document (≤ 100 ms), the lexicon and number rules on
// their own, building the automaton, and a bare reference pass that only reads every character of the same texts.
import { runChecks } from '../../shared/checks';
import { makeContext } from '../../shared/checks/finding';
import { builtinEntries } from '../../shared/checks/lexicon/builtin';
import { CompiledLexicon } from '../../shared/checks/lexicon/matcher';
import { lexiconRule } from '../../shared/checks/lexicon/rule';
import { textUnits } from '../../shared/checks/scope';
import { countSections } from '../../shared/model/tree';
import { bigDocument } from '../compare/big-documents';
import { report, sample } from './stats';

export async function run(): Promise<void> {
  const doc = bigDocument(1, true);
  const texts = textUnits(doc).map((u) => u.text);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const findings = runChecks(doc);
  console.log(
    `document: ${countSections(doc.sections)} sections, ${chars} characters; lexicon ${builtinEntries().length} entries; ` +
      `findings ${findings.length}`,
  );
  report(
    'all checks, 1,000 sections (with lexicon)',
    sample(() => runChecks(doc), 30),
    100,
  );
  const ctx = makeContext(doc);
  report(
    'lexicon + number rules alone',
    sample(() => lexiconRule.check(ctx), 30),
  );
  report(
    'compile the built-in lexicon',
    sample(() => new CompiledLexicon(builtinEntries()), 10, 2),
  );
  report(
    'bare reference: read every character once',
    sample(() => {
      let sum = 0;
      for (const t of texts) for (let i = 0; i < t.length; i++) sum += t.charCodeAt(i);
      return sum;
    }, 30),
  );
}
