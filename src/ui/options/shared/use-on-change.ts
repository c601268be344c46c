import { useEffect, useRef } from 'preact/hooks';

/**
 * Runs `effect` when `key` changes after the first render — never on mount. Forms use it to take in a new saved
 * value without a deferred mount effect wiping what the rep already typed.
 */
export function useOnChange(key: string, effect: () => void): void {
  const previous = useRef(key);
  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    effect();
  }, [key]);
}
