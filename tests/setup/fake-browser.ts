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

function storageArea() {
  const data = new Map<string, unknown>();
  const onChanged = event();
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
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys: string | string[]) {
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
    },
    async clear() {
      data.clear();
    },
  };
}

export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Record<string, { message: string }>)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
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
    storage: { local: storageArea(), session: storageArea(), onChanged: event() },
    tabs: { query: async () => [], get: async () => ({}), create: async () => ({}), onRemoved: event(), onUpdated: event() },
    scripting: { executeScript: async () => [] },
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined, setTitle: async () => undefined },
    alarms: { create: async () => undefined, clear: async () => true, get: async () => undefined, getAll: async () => [], onAlarm: event() },
    notifications: { create: async () => '', clear: async () => true, onClicked: event(), onButtonClicked: event() },
    contextMenus: { create: () => undefined, removeAll: async () => undefined, onClicked: event() },
    commands: { onCommand: event() },
    permissions: { contains: async () => false, request: async () => false, remove: async () => true, getAll: async () => ({ origins: [], permissions: [] }), onAdded: event(), onRemoved: event() },
  };
}
