import { useEffect, useState } from 'react';
import type { YaodianDocument } from '../../shared/model/types';
import { useDocument } from '../store/document-store';

/**
 * The open document, updated `ms` after the last change. Unlike subscribing to the store, typing costs no
 * React render here (each render of the page commits, and React measures the editor's selection on commit).
 */
export function useSettledDocument(ms: number): YaodianDocument | null {
  const [doc, setDoc] = useState(() => useDocument.getState().doc);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = useDocument.subscribe((s, prev) => {
      if (s.doc === prev.doc) return;
      if (timer) clearTimeout(timer);
      // structural edits show at once; typing waits for a pause
      const wait = s.origin === 'typing' ? ms : 0;
      timer = setTimeout(() => setDoc(useDocument.getState().doc), wait);
    });
    setDoc(useDocument.getState().doc);
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [ms]);
  return doc;
}

/**
 * Runs step in idle time, as many calls as fit in each idle period (each within a second at the latest), until
 * it returns a value; then done(value). Returns a function that cancels it.
 */
export function inIdleSteps<T>(step: () => T | null, done: (value: T) => void): () => void {
  let cancel = () => {};
  const run = (deadline?: IdleDeadline) => {
    do {
      const value = step();
      if (value !== null) return done(value);
    } while (deadline && deadline.timeRemaining() > 5);
    cancel = schedule(run);
  };
  cancel = schedule(run);
  return () => cancel();
}

function schedule(fn: (deadline?: IdleDeadline) => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(fn, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(fn, 50);
  return () => clearTimeout(timer);
}
