// Follows an import the background runs: it writes progress to storage.session, the page listens (and polls,
// in case a change event is missed while the service worker restarts).
import { useEffect, useState } from 'preact/hooks';
import { IMPORT_PROGRESS_KEY, type ImportProgress } from '../../../messaging/protocol-dashboard';
import { browser } from '../../../platform/browser';

const POLL_MS = 400;

export function useImportProgress(jobId: string | null): ImportProgress | null {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => {
    if (!jobId) {
      setProgress(null);
      return;
    }
    let stopped = false;
    const accept = (value: unknown) => {
      const p = value as ImportProgress | undefined;
      if (!stopped && p && p.jobId === jobId) setProgress(p);
    };
    const read = async () => accept((await browser.storage.session.get(IMPORT_PROGRESS_KEY))[IMPORT_PROGRESS_KEY]);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && changes[IMPORT_PROGRESS_KEY]) accept(changes[IMPORT_PROGRESS_KEY].newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    const timer = setInterval(() => void read(), POLL_MS);
    void read();
    return () => {
      stopped = true;
      clearInterval(timer);
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [jobId]);
  return progress;
}
