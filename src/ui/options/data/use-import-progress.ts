// Follows an import the background runs: it writes progress to storage.session, the page listens (and polls,
// in case a change event is missed while the service worker restarts). While the import runs the page also pings
// the worker: if Chrome stopped it, the ping starts a fresh one, which marks the lost import as interrupted.
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../../messaging/client';
import { IMPORT_PROGRESS_KEY, type ImportProgress } from '../../../messaging/protocol-dashboard';
import { browser } from '../../../platform/browser';

const POLL_MS = 400;
const PING_MS = 2000;

export function useImportProgress(jobId: string | null): ImportProgress | null {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => {
    if (!jobId) {
      setProgress(null);
      return;
    }
    setProgress(null);
    let stopped = false;
    let phase: ImportProgress['phase'] = 'running';
    const accept = (value: unknown) => {
      const p = value as ImportProgress | undefined;
      if (stopped || !p || p.jobId !== jobId) return;
      phase = p.phase;
      setProgress(p);
    };
    const read = async () => accept((await browser.storage.session.get(IMPORT_PROGRESS_KEY))[IMPORT_PROGRESS_KEY]);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && changes[IMPORT_PROGRESS_KEY]) accept(changes[IMPORT_PROGRESS_KEY].newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    const timer = setInterval(() => void read(), POLL_MS);
    const ping = setInterval(() => { if (phase === 'running') void send('system.ping', {}).catch(() => undefined); }, PING_MS);
    void read();
    return () => {
      stopped = true;
      clearInterval(timer);
      clearInterval(ping);
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [jobId]);
  return progress;
}
