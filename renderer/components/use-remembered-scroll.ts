// Each document opens where the user last was in it (at its top the first time), never at the scroll
// offset the previous document left behind. Positions live for the session only.
import { useLayoutEffect, useRef } from 'react';

const positions = new Map<string, number>();

/** Ref for the scrolling box of document `id`. */
export function useRememberedScroll<T extends HTMLElement>(id: string) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.scrollTop = positions.get(id) ?? 0;
    const remember = () => positions.set(id, el.scrollTop);
    el.addEventListener('scroll', remember, { passive: true });
    return () => el.removeEventListener('scroll', remember);
  }, [id]);
  return ref;
}
