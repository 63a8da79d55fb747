// A long list drawn only where it is seen: the rows in the scrolled view and OVERSCAN on each side, with empty
// space standing for the rest. Rows are one line high (the same for all), measured from the first one drawn.
// A 5,000-section outline is otherwise 26,000 DOM nodes, and every keystroke in the editor pays for them.
import { useLayoutEffect, useRef, useState, type RefObject, type UIEvent } from 'react';

/** Lists up to this many rows are drawn whole. */
const WHOLE_UP_TO = 300;
const OVERSCAN = 30;

export interface RowWindow {
  first: number;
  last: number;
  /** heights of the empty space before and after the drawn rows, px */
  before: number;
  after: number;
  onScroll: ((e: UIEvent<HTMLElement>) => void) | undefined;
}

export function useRowWindow(count: number, list: RefObject<HTMLElement | null>, rowSelector: string): RowWindow {
  const [view, setView] = useState({ top: 0, height: 1000 });
  const rowHeight = useRef(27);
  const windowed = count > WHOLE_UP_TO;
  useLayoutEffect(() => {
    const el = list.current;
    if (!windowed || !el) return;
    const row = el.querySelector(rowSelector);
    if (row) rowHeight.current = row.getBoundingClientRect().height || rowHeight.current;
    if (el.clientHeight !== view.height) setView({ top: el.scrollTop, height: el.clientHeight });
  }, [windowed, list, rowSelector, view.height]);
  if (!windowed) return { first: 0, last: count, before: 0, after: 0, onScroll: undefined };
  const h = rowHeight.current;
  const first = Math.max(0, Math.floor(view.top / h) - OVERSCAN);
  const last = Math.min(count, Math.ceil((view.top + view.height) / h) + OVERSCAN);
  return {
    first,
    last,
    before: first * h,
    after: (count - last) * h,
    onScroll: (e) => setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight }),
  };
}
