// The 请核对 marks of a new-year draft, per section, for the editor. Like section-labels.ts, headings are
// notified only when the marks change (never on a keystroke, which keeps the same warnings array).
import { useCallback, useSyncExternalStore } from 'react';
import { REVIEW_CODE } from '../../shared/new-year/review-marks';
import type { Warning } from '../../shared/model/types';
import { useDocument } from './document-store';

const listeners = new Set<() => void>();
let seenWarnings: Warning[] | null = null;
let bySection = new Map<string, string>();

function marksOf(warnings: Warning[] | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of warnings ?? []) {
    if (w.code !== REVIEW_CODE || !w.sectionId) continue;
    out.set(w.sectionId, out.has(w.sectionId) ? `${out.get(w.sectionId)}\n${w.message}` : w.message);
  }
  return out;
}

useDocument.subscribe((s) => {
  const warnings = s.doc?.warnings ?? null;
  if (warnings === seenWarnings) return;
  seenWarnings = warnings;
  bySection = marksOf(warnings ?? undefined);
  for (const notify of listeners) notify();
});

function subscribe(notify: () => void): () => void {
  listeners.add(notify);
  return () => listeners.delete(notify);
}

/** The reasons a section is marked 请核对 (one per line), or '' when it is not. */
export function useReviewMark(sectionId: string): string {
  const get = useCallback(() => bySection.get(sectionId) ?? '', [sectionId]);
  return useSyncExternalStore(subscribe, get);
}
