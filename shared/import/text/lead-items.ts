// Un-numbered items: some notices (the Jiangsu web copy) write every paragraph under 一、 as a short lead
// sentence and its body ("完善养老服务政策。发挥政府…"). Decided per document from the evidence, these
// become un-numbered run-in level-2 sections.
import { createSection } from '../../model/factory';
import type { Section } from '../../model/types';
import type { SourceMap } from './build';
import { charLength, firstSentenceEnd } from './sentences';

/** A lead sentence is short; a normal paragraph's first sentence is long. */
const LEAD_MAX = 30;

function splitLead(paragraph: string): { lead: string; rest: string } | null {
  const end = firstSentenceEnd(paragraph);
  if (end < 2 || paragraph[end] !== '。') return null;
  const lead = paragraph.slice(0, end);
  const rest = paragraph.slice(end + 1).replace(/^[\s\u3000]+/, '');
  // a lead sentence alone is an item whose text is not written yet (a skeleton draft)
  return charLength(lead) <= LEAD_MAX && (rest || end === paragraph.length - 1) ? { lead, rest } : null;
}

/** The body paragraphs of a level-1 section that could be items (not a run-in heading's own text). */
function candidates(s: Section): string[] {
  return s.runIn ? s.paragraphs.slice(1) : s.paragraphs;
}

/** Whether the document's level-1 sections hold lead-sentence items; false when level 2 is numbered. */
export function hasLeadItems(sections: readonly Section[]): boolean {
  const top = sections.filter((s) => s.level === 1);
  if (top.length < 2 || top.some((s) => s.children.some((c) => c.level === 2))) return false;
  let total = 0;
  let leads = 0;
  let sectionsWithLeads = 0;
  let sectionsWithText = 0;
  for (const s of top) {
    const found = candidates(s).filter((p) => splitLead(p)).length;
    total += candidates(s).length;
    leads += found;
    if (found) sectionsWithLeads++;
    if (candidates(s).length) sectionsWithText++;
  }
  // a way of writing the whole 要点: most sections with text hold lead items, not two of four by chance
  return leads >= 3 && sectionsWithLeads >= 2 && sectionsWithLeads >= sectionsWithText * 0.6 && leads / total >= 0.6;
}

/**
 * Turns each lead paragraph into an un-numbered run-in level-2 section. A paragraph without a lead
 * stays with the item before it (or with the level-1 section when no item precedes it); children the
 * section had (1. items) go under the last item, where the source put them.
 */
export function liftLeadItems(sections: Section[], source: SourceMap): Section[] {
  return sections.map((s) => {
    if (s.level !== 1) return s;
    const own = s.runIn ? s.paragraphs.slice(0, 1) : [];
    const items: Section[] = [];
    for (const p of candidates(s)) {
      const lead = splitLead(p);
      if (lead) {
        const item = createSection(2, lead.lead, { runIn: true, paragraphs: lead.rest ? [lead.rest] : [] });
        source.set(item.id, { n: null });
        items.push(item);
      } else if (items.length) items[items.length - 1].paragraphs.push(p);
      else own.push(p);
    }
    if (!items.length) return s;
    const last = items[items.length - 1];
    last.children = s.children;
    return { ...s, paragraphs: own, children: items };
  });
}
