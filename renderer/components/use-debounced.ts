import { useEffect, useState } from 'react';

/** The value as it was `ms` after it last changed: heavy derived views (pages, outline) wait for a pause in typing. */
export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    if (Object.is(v, value)) return;
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms, v]);
  return v;
}
