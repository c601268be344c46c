// The call in progress, live: read from extension storage and updated whenever any context changes it.
import { useEffect, useState } from 'preact/hooks';
import type { CallSession } from '../../domain/call-session';
import { onCallSessionChange, readCallSession } from '../../platform/call-store';

export function useCallSession(): { session: CallSession | null; loaded: boolean } {
  const [state, setState] = useState<{ session: CallSession | null; loaded: boolean }>({ session: null, loaded: false });
  useEffect(() => {
    let alive = true;
    void readCallSession().then((session) => alive && setState({ session, loaded: true }));
    const off = onCallSessionChange((session) => setState({ session, loaded: true }));
    return () => { alive = false; off(); };
  }, []);
  return state;
}

/** Re-renders every second (for clocks). */
export function useNow(active: boolean): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}
