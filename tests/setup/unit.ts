// Runs after fake-indexeddb/auto. webextension-polyfill throws outside an extension, so unit tests get a fake.
// @testing-library/preact needs cleanup() between tests when globals are off.
import { afterEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/preact';
import './compat-fire-event';

// findBy*/waitFor wait up to 5 s: live queries over fake-indexeddb can take a while on a loaded 2-core CI machine.
configure({ asyncUtilTimeout: 5000 });

vi.mock('webextension-polyfill', async () => {
  const { createFakeBrowser } = await import('./fake-browser');
  return { default: createFakeBrowser() };
});

afterEach(() => cleanup());
