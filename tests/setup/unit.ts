// Runs after fake-indexeddb/auto. webextension-polyfill throws outside an extension, so unit tests get a fake.
// @testing-library/preact needs cleanup() between tests when globals are off.
import { afterEach, vi } from 'vitest';
import { cleanup } from '@testing-library/preact';

vi.mock('webextension-polyfill', async () => {
  const { createFakeBrowser } = await import('./fake-browser');
  return { default: createFakeBrowser() };
});

afterEach(() => cleanup());
