// Section numbers for the editor, subscribed to one section at a time. Each heading used to select its label
// from the document store, so every store update (each keystroke) ran a thousand selectors in a long 要点;
// here a change of the numbers map notifies only the headings whose label changed, and typing (which keeps
// the same map) notifies none.
import { useCallback, useSyncExternalStore } from 'react';
import type { SectionNumber } from '../../shared/model/numbering';
import { useDocument } from './document-store';

const listeners = new Map<string, Set<() => void>>();
let seen: Map<string, SectionNumber> = useDocument.getState().numbers;

useDocument.subscribe((s) => {
  if (s.numbers === seen) return;
  const before = seen;
  seen = s.numbers;
  for (const [id, set] of listeners) {
    if ((before.get(id)?.label ?? '') !== (seen.get(id)?.label ?? '')) for (const notify of set) notify();
  }
});

function subscribe(id: string, notify: () => void): () => void {
  let set = listeners.get(id);
  if (!set) listeners.set(id, (set = new Set()));
  set.add(notify);
  return () => {
    set.delete(notify);
    if (set.size === 0 && listeners.get(id) === set) listeners.delete(id);
  };
}

/** The printed label of one section ("（三）"), or '' when its level is not numbered. */
export function useSectionLabel(id: string): string {
  const sub = useCallback((notify: () => void) => subscribe(id, notify), [id]);
  return useSyncExternalStore(sub, () => useDocument.getState().numbers.get(id)?.label ?? '');
}
