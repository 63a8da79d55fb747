// A table of contents: a run of heading-only lines (optionally after a 目录 line, with dot leaders and
// page numbers) whose headings come back later as the body. It is kept as doc.toc, never as sections.
import type { Level, TocEntry } from '../../model/types';
import { numeralOf } from './labels';
import type { TextLine } from './line';
import { charLength, firstSentenceEnd } from './sentences';

const LEADERS = /[\s\u3000]*[.．·…_—-]{2,}[\s\u3000]*\d{0,4}[\s\u3000]*$|[\s\u3000]+\d{1,4}$/;
const TOC_MARK = /^(?:目[\s\u3000]*录|目[\s\u3000]*次|contents)$/i;

interface Entry {
  level: Level;
  n: number;
  heading: string;
  leaders: boolean;
  /** one past its last line (a wrapped entry takes two) */
  end?: number;
}

export interface FoundToc {
  /** first line of the block (the 目录 line when there is one) */
  start: number;
  /** one past the last entry */
  end: number;
  entries: TocEntry[];
}

/** Heading text for comparing a TOC entry with a body line: no spaces, no closing punctuation. */
export function headingKey(text: string): string {
  return text.replace(/[\s\u3000]+/g, '').replace(/[。．.，,；;：:]+$/, '');
}

function entryOf(line: TextLine): Entry | null {
  if (!line.label) return null;
  const raw = line.label.rest;
  if (raw.length > 120) return null; // a paragraph, not an entry (and no need to scan it for leaders)
  const heading = raw.replace(LEADERS, '');
  if (!heading || charLength(heading) > 60 || /[。；;！？]/.test(heading)) return null;
  return { level: line.label.level, n: line.label.n, heading, leaders: heading !== raw };
}

/** The end of a wrapped entry: an un-numbered short line with no sentence inside. */
function continuation(line: TextLine): { heading: string; leaders: boolean } | null {
  if (line.label || line.text.length > 80) return null;
  const heading = line.text.replace(LEADERS, '');
  if (!heading || charLength(heading) > 40 || /[。；;！？：:]/.test(heading)) return null;
  return { heading, leaders: heading !== line.text };
}

/** The heading a body line opens with: a run-in heading stops at its first 。 */
function bodyHeadingKey(line: TextLine): string {
  const rest = line.label?.rest ?? '';
  const end = firstSentenceEnd(rest, 200); // a heading is far shorter; do not scan whole paragraphs
  return headingKey(end >= 0 ? rest.slice(0, end) : rest);
}

export function findToc(lines: readonly TextLine[]): FoundToc | null {
  // last line index at which each heading occurs, so "does it come back later" is one lookup
  const lastAt = new Map<string, number>();
  lines.forEach((l, idx) => {
    if (l.label) lastAt.set(bodyHeadingKey(l), idx);
  });
  const later = (heading: string, after: number) => (lastAt.get(headingKey(heading)) ?? -1) >= after;
  for (let i = 0; i < lines.length; i++) {
    // a PDF copy may split the spaced-out mark: "目" / "录"
    const split = lines[i].text === '目' && /^[录次]$/.test(lines[i + 1]?.text ?? '');
    const marked = split || TOC_MARK.test(lines[i].text);
    const s = split ? i + 2 : marked ? i + 1 : i;
    const first = lines[s] ? entryOf(lines[s]) : null;
    if (!first) continue;
    const entries: Entry[] = [{ ...first, end: s + 1 }];
    let e = s + 1;
    for (; e < lines.length; e++) {
      const entry = entryOf(lines[e]);
      if (!entry) {
        // a long entry wrapped: its end, with the leaders and page number, on the next line
        const last = entries[entries.length - 1];
        const rest = continuation(lines[e]);
        // without leaders, only when the joined heading is the one the body repeats (not a title after the TOC)
        if (
          rest &&
          !last.leaders &&
          (rest.leaders || (later(last.heading + rest.heading, e) && !later(last.heading, e)))
        ) {
          last.heading += rest.heading;
          last.leaders = rest.leaders;
          last.end = e + 1;
          continue;
        }
        break;
      }
      // the body starts again with the first entry's heading
      if (entry.level === first.level && headingKey(entry.heading) === headingKey(first.heading)) break;
      entries.push({ ...entry, end: e + 1 });
    }
    // entries with page numbers: a heading without one after them is the body's first heading, not an entry
    if (entries.filter((en) => en.leaders).length >= entries.length / 2) {
      while (entries.length > 1 && !entries[entries.length - 1].leaders) entries.pop();
      e = entries[entries.length - 1].end!;
    }
    if (entries.length < 3) {
      i = e - 1;
      continue;
    }
    const found = entries.filter((en) => later(en.heading, e)).length;
    const leaders = entries.filter((en) => en.leaders).length;
    if (marked || leaders >= entries.length / 2 || (later(first.heading, e) && found >= 2)) {
      return {
        start: i,
        end: e,
        entries: entries.map((en) => ({ level: en.level, number: numeralOf(en.level, en.n), heading: en.heading })),
      };
    }
    i = e - 1;
  }
  return null;
}
