// Runs after fake-indexeddb/auto. @testing-library/preact needs cleanup() between tests when globals are off.
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/preact';

afterEach(() => cleanup());
