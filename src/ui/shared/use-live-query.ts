// Dexie's own live-query hook (dexie-react-hooks, running on preact/compat through @preact/preset-vite's react alias):
// re-renders when the queried tables change. dexie-react-hooks throws a failed query into rendering (for an error
// boundary); Segue's pages have none, so a failure is caught inside the querier instead: the last value stays on
// screen, the error is logged, and the query keeps watching its tables (it recovers on the next change).
import { useLiveQuery as useDexieLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'preact/hooks';

const FAILED: unique symbol = Symbol('live query failed');

export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[], initial: T): T;
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[]): T | undefined;
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[], initial?: T): T | undefined {
  const last = useRef<T | undefined>(initial);
  const result = useDexieLiveQuery<T | typeof FAILED, T | undefined>(async () => {
    try {
      return await query();
    } catch (err) {
      console.error('Segue live query failed', err);
      return FAILED;
    }
  }, deps, initial);
  if (result !== FAILED) last.current = result;
  return last.current;
}
