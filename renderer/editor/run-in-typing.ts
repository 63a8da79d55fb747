// A run-in heading typed the Word way: "完善低保制度。全面落实…" typed into a heading is the heading
// "完善低保制度" run in with its body, exactly as the importer reads the same line (one rule: splitHeading).
import { splitHeading } from '../../shared/import/text/build';
import { updateSection } from '../../shared/model/operations';
import { locate } from '../../shared/model/tree';
import type { YaodianDocument } from '../../shared/model/types';
import type { Edit } from './commands';
import type { Caret } from './types';

/**
 * When the caret's heading holds a sentence followed by more text, splits it into a run-in heading and its
 * body; the caret follows its character. Null when the heading is one (or an unfinished) sentence.
 */
export function splitTypedRunIn(doc: YaodianDocument, caret: Caret): Edit | null {
  const a = caret.block;
  if (a.kind !== 'heading') return null;
  const found = locate(doc.sections, a.sectionId);
  if (!found) return null;
  const s = found.section;
  // cheap test first: this runs after every keystroke in a heading
  if (!/[。！？!?]/.test(s.heading)) return null;
  const split = splitHeading(s.heading);
  if (!split.runIn || !split.heading || split.paragraphs.length === 0) return null;
  const body = split.paragraphs[0];
  // an already run-in heading's typed tail goes in front of its body: the printed paragraph reads the same
  const paragraphs =
    s.runIn && s.paragraphs.length ? [body + s.paragraphs[0], ...s.paragraphs.slice(1)] : [body, ...s.paragraphs];
  const next = updateSection(doc, s.id, { heading: split.heading, runIn: true, paragraphs });
  const bodyStart = s.heading.length - body.length;
  const nextCaret: Caret =
    caret.offset >= bodyStart
      ? { block: { kind: 'para', sectionId: s.id, index: 0 }, offset: caret.offset - bodyStart }
      : { block: a, offset: Math.min(caret.offset, split.heading.length) };
  return { doc: next, caret: nextCaret };
}
