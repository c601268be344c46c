// A small in-memory stand-in for webextension-polyfill in unit tests: i18n reads the real English messages,
// storage keeps values in maps. End-to-end tests use the real browser instead.
import { messages } from './fake-browser-messages';

type Listener = (...args: unknown[]) => unknown;

function event() {
  const listeners = new Set<Listener>();
  return {
    addListener: (l: Listener) => listeners.add(l),
    removeListener: (l: Listener) => listeners.delete(l),
    hasListener: (l: Listener) => listeners.has(l),
    emit: (...args: unknown[]) => [...listeners].map((l) => l(...args)),
  };
}

/** A storage area that, like the browser's, tells storage.onChanged (and its own onChanged) what each write changed. */
function storageArea(area: string, topOnChanged: ReturnType<typeof event>) {
  const data = new Map<string, unknown>();
  const onChanged = event();
  const tell = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => {
    if (!Object.keys(changes).length) return;
    onChanged.emit(structuredClone(changes));
    topOnChanged.emit(structuredClone(changes), area);
  };
  return {
    data,
    onChanged,
    async get(keys?: string | string[] | Record<string, unknown> | null) {
      if (keys == null) return Object.fromEntries(data);
      const list = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
      const defaults = typeof keys === 'object' && !Array.isArray(keys) ? keys : {};
      return Object.fromEntries(list.map((k) => [k, data.has(k) ? structuredClone(data.get(k)) : (defaults as Record<string, unknown>)[k]]).filter(([, v]) => v !== undefined));
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { ...(data.has(k) ? { oldValue: data.get(k) } : {}), newValue: structuredClone(v) };
        data.set(k, structuredClone(v));
      }
      tell(changes);
    },
    async remove(keys: string | string[]) {
      const changes: Record<string, { oldValue?: unknown }> = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) {
        if (data.has(k)) changes[k] = { oldValue: data.get(k) };
        data.delete(k);
      }
      tell(changes);
    },
    async clear() {
      const changes = Object.fromEntries([...data].map(([k, v]) => [k, { oldValue: v }]));
      data.clear();
      tell(changes);
    },
  };
}

export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Record<string, { message: string }>)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/**
 * alarms as Chrome keeps them: one per name (create replaces, clear removes), read back with get/getAll, so tests
 * can see what is scheduled and when. Nothing fires by itself: a test calls the alarm handler.
 */
function fakeAlarms() {
  const scheduled = new Map<string, { name: string; scheduledTime: number; periodInMinutes?: number }>();
  return {
    async create(name: string, info: { when?: number; delayInMinutes?: number; periodInMinutes?: number }) {
      const scheduledTime = info.when ?? Date.now() + (info.delayInMinutes ?? info.periodInMinutes ?? 0) * 60_000;
      scheduled.set(name, { name, scheduledTime, ...(info.periodInMinutes ? { periodInMinutes: info.periodInMinutes } : {}) });
    },
    clear: async (name: string) => scheduled.delete(name),
    clearAll: async () => { scheduled.clear(); return true; },
    get: async (name: string) => (scheduled.has(name) ? { ...scheduled.get(name)! } : undefined),
    getAll: async () => [...scheduled.values()].map((a) => ({ ...a })),
    onAlarm: event(),
  };
}

/** notifications shown and not yet cleared, with their options, read back with getAll as in Chrome. */
function fakeNotifications() {
  const shown = new Map<string, Record<string, unknown>>();
  return {
    async create(id: string, options: Record<string, unknown>) { shown.set(id, structuredClone(options)); return id; },
    clear: async (id: string) => shown.delete(id),
    getAll: async () => Object.fromEntries([...shown].map(([id, options]) => [id, structuredClone(options)])),
    onClicked: event(),
    onButtonClicked: event(),
    onClosed: event(),
  };
}

function storageChanges() {
  const onChanged = event();
  // managed: what an administrator's policy holds; tests play the administrator by writing to it.
  return { local: storageArea('local', onChanged), session: storageArea('session', onChanged), managed: storageArea('managed', onChanged), onChanged };
}

export function createFakeBrowser() {
  return {
    runtime: {
      id: 'segue-test-extension',
      getURL: (path: string) => `chrome-extension://segue-test-extension/${path.replace(/^\//, '')}`,
      getManifest: () => ({ version: '0.0.0-test', manifest_version: 3, name: 'Segue' }),
      sendMessage: async () => undefined,
      onMessage: event(),
      onInstalled: event(),
      onStartup: event(),
    },
    i18n: { getMessage, getUILanguage: () => 'en' },
    storage: storageChanges(),
    tabs: { query: async () => [], get: async () => ({}), create: async () => ({}), onRemoved: event(), onUpdated: event() },
    scripting: { executeScript: async () => [] },
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined, setTitle: async () => undefined },
    alarms: fakeAlarms(),
    notifications: fakeNotifications(),
    contextMenus: { create: () => undefined, removeAll: async () => undefined, onClicked: event() },
    commands: { onCommand: event() },
    permissions: { contains: async () => false, request: async () => false, remove: async () => true, getAll: async () => ({ origins: [], permissions: [] }), onAdded: event(), onRemoved: event() },
  };
}
