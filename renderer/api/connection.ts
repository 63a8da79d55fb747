// Browser mode: the tab keeps working when the local host goes away (restarted, the computer woke up). A
// failed call marks the connection lost; the host is then asked every 2 s whether it is back, and once it is,
// the listeners (the document store's save of the edits made meanwhile) run. The status bar shows the state.
import { create } from 'zustand';

export type ConnectionState = 'online' | 'offline' | 'back';

export const useConnection = create<{ state: ConnectionState }>(() => ({ state: 'online' }));

const RETRY_MS = 2000;
const listeners = new Set<() => void>();
let polling = false;

/** Runs `fn` each time the host is reachable again after being lost; returns a function that stops it. */
export function onReconnect(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

async function hostAnswers(): Promise<boolean> {
  try {
    const r = await fetch('api/host-info', { cache: 'no-store' });
    return r.ok;
  } catch {
    return false;
  }
}

function poll(): void {
  setTimeout(async () => {
    if (!(await hostAnswers())) return poll();
    polling = false;
    useConnection.setState({ state: 'back' });
    for (const fn of listeners) fn();
    setTimeout(() => {
      if (useConnection.getState().state === 'back') useConnection.setState({ state: 'online' });
    }, 4000);
  }, RETRY_MS);
}

/** A call could not reach the host: show it and start waiting for it. */
export function reportConnectionLost(): void {
  useConnection.setState({ state: 'offline' });
  if (polling) return;
  polling = true;
  poll();
}
