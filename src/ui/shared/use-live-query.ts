// Dexie's own live-query hook (dexie-react-hooks, on preact/compat: `react` resolves to it, see vite.config.ts and
// package.json), re-rendering when the queried tables change. Two things on top:
//  - The query gets an AbortSignal, aborted when the deps change or the component goes: type-ahead passes it to
//    search, so a stale keystroke's search stops instead of running to the end.
//  - dexie-react-hooks throws a failed query into rendering (for an error boundary); Segue's pages have none, so a
//    failure is caught inside the querier: the last value stays on screen, the error is logged (an abort is not),
//    and the query keeps watching its tables.
import { useLiveQuery as useDexieLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef } from 'preact/hooks';

const FAILED: unique symbol = Symbol('live query failed');

export function useLiveQuery<T>(query: (signal: AbortSignal) => Promise<T> | T, deps: unknown[], initial: T): T;
export function useLiveQuery<T>(query: (signal: AbortSignal) => Promise<T> | T, deps: unknown[]): T | undefined;
export function useLiveQuery<T>(query: (signal: AbortSignal) => Promise<T> | T, deps: unknown[], initial?: T): T | undefined {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stale = useMemo(() => new AbortController(), deps);
  useEffect(() => () => stale.abort(), [stale]);
  const last = useRef<T | undefined>(initial);
  const result = useDexieLiveQuery<T | typeof FAILED, T | undefined>(async () => {
    try {
      return await query(stale.signal);
    } catch (err) {
      if (!stale.signal.aborted) console.error('Segue live query failed', err);
      return FAILED;
    }
  }, deps, initial);
  if (result !== FAILED) last.current = result;
  return last.current;
}
