// Libraries the capture script loads only on pages that need them. The capture bundle (content/capture.js) is
// built with the heavy libraries replaced by the stand-ins in this folder; each library ships as its own script
// (content/lib-<name>.js, see messaging/capture-libraries.ts) that registers itself here. When the page reads through a stand-in whose library
// is not loaded, the capture asks the background for it and runs again, so the answer never changes.
import type { OnDemandLibrary } from '../../messaging/capture-libraries';

type Registry = Partial<Record<OnDemandLibrary, unknown>>;
const registry = (): Registry => ((globalThis as { __segueLibraries?: Registry }).__segueLibraries ??= {});

const missing = new Set<OnDemandLibrary>();

export function registerLibrary(name: OnDemandLibrary, api: unknown): void {
  registry()[name] = api;
}

export function isLoaded(name: OnDemandLibrary): boolean {
  return registry()[name] !== undefined;
}

/** The library if loaded; otherwise notes that this capture needed it. */
export function library<T>(name: OnDemandLibrary): T | undefined {
  const api = registry()[name] as T | undefined;
  if (api === undefined) missing.add(name);
  return api;
}

/** The libraries asked for since the last call, and forgets them. */
export function takeMissing(): OnDemandLibrary[] {
  const out = [...missing];
  missing.clear();
  return out;
}
