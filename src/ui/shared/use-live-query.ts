// Dexie's liveQuery as a Preact hook (dexie-react-hooks is React-only): re-renders when the queried tables change.
// The query gets an AbortSignal that is aborted when the deps change or the component goes: type-ahead passes it
// to search, so a stale keystroke's search stops between reads instead of running to the end.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export function useLiveQuery<T>(query: (signal: AbortSignal) => Promise<T> | T, deps: unknown[], initial: T): T;
export function useLiveQuery<T>(query: (signal: AbortSignal) => Promise<T> | T, deps: unknown[]): T | undefined;
export function useLiveQuery<T>(query: (signal: AbortSignal) => Promise<T> | T, deps: unknown[], initial?: T): T | undefined {
  const [value, setValue] = useState<T | undefined>(initial);
  useEffect(() => {
    const stale = new AbortController();
    const subscription = liveQuery(() => query(stale.signal)).subscribe({
      next: setValue,
      error: (err: unknown) => {
        if (!stale.signal.aborted) console.error('Segue live query failed', err);
      },
    });
    return () => {
      stale.abort();
      subscription.unsubscribe();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
