// The contract between the background and the injected capture script about on-demand libraries: the capture
// script (content/capture.js) is built without the heavy libraries; when a page needs one it answers `{ needs }`,
// and the background injects the library's own script (each registers itself, see content/on-demand) and asks again.
import type { ExtractionResult } from '../domain/extraction';

export const ON_DEMAND_LIBRARIES = ['microformats', 'phones'] as const;
export type OnDemandLibrary = (typeof ON_DEMAND_LIBRARIES)[number];

/** The injected script file of each library (built by vite.config.ts from src/content/lib-<name>.ts). */
export const LIBRARY_SCRIPTS: Record<OnDemandLibrary, string> = {
  microformats: 'content/lib-microformats.js',
  phones: 'content/lib-phones.js',
};

export type CaptureAnswer = ExtractionResult | { needs: OnDemandLibrary[] };
