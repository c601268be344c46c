// The capture script as the extension builds it: microformats-parser and libphonenumber-js replaced by the
// on-demand stand-ins (as vite.config.ts does). Loading a library only when the page asks for it must give exactly
// the answer of a capture with every library loaded, on every fixture page and every corpus page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { inertWindow } from '../../../src/cli/commands/extract';
import { captureDocument } from '../../../src/content/capture';
import { registerLibrary } from '../../../src/content/on-demand/libraries';
import { ON_DEMAND_LIBRARIES, type OnDemandLibrary } from '../../../src/messaging/capture-libraries';
import { findCorpus } from '../../support/page-corpus';

vi.mock('microformats-parser', async () => await import('../../../src/content/on-demand/microformats-parser'));
vi.mock('libphonenumber-js/min', async () => await import('../../../src/content/on-demand/libphonenumber-min'));

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures');

async function realLibrary(name: OnDemandLibrary): Promise<unknown> {
  if (name === 'microformats') return { mf2: (await vi.importActual<typeof import('microformats-parser')>('microformats-parser')).mf2 };
  const phones = await vi.importActual<typeof import('libphonenumber-js/min')>('libphonenumber-js/min');
  return { parsePhoneNumberFromString: phones.parsePhoneNumberFromString, getCountries: phones.getCountries };
}

function resetLibraries(): void {
  delete (globalThis as { __segueLibraries?: unknown }).__segueLibraries;
}

/** Saved pages with the URL they came from: the fixtures of every site, and the page corpus when present. */
function pages(): Array<{ name: string; url: string; html: string }> {
  const out: Array<{ name: string; url: string; html: string }> = [];
  const add = (dir: string) => {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.expected.json'))) {
      const spec = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { url?: string };
      const htmlFile = join(dir, file.replace('.expected.json', '.html'));
      try {
        if (spec.url) out.push({ name: `${dir.split('/').pop()}/${file}`, url: spec.url, html: readFileSync(htmlFile, 'utf8') });
      } catch {
        // an expected file without its page (an email fixture): not a page
      }
    }
  };
  for (const site of readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory())) add(join(FIXTURES, site.name));
  const corpus = findCorpus('pages', ROOT);
  if (corpus) add(corpus);
  return out;
}

const windows: Array<{ happyDOM: { close(): Promise<void> } }> = [];
afterAll(async () => {
  vi.useRealTimers();
  for (const w of windows) await w.happyDOM.close();
});

function documentOf(html: string, url: string): Document {
  const window = inertWindow(url) as unknown as { DOMParser: typeof DOMParser; happyDOM: { close(): Promise<void> } };
  windows.push(window);
  return new window.DOMParser().parseFromString(html, 'text/html');
}

describe('capture with libraries loaded on demand', () => {
  it('gives the same answer as with every library loaded, loading each only on pages that need it', async () => {
    // Captures are stamped with the time: one fixed time, so the two answers can be compared whole.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 11, 7));
    const all = pages();
    expect(all.length).toBeGreaterThan(20);
    const loadedOn: Record<OnDemandLibrary, number> = { microformats: 0, phones: 0 };
    let none = 0;
    for (const page of all) {
      resetLibraries();
      for (const name of ON_DEMAND_LIBRARIES) registerLibrary(name, await realLibrary(name));
      const reference = captureDocument(documentOf(page.html, page.url), page.url);
      expect('needs' in reference, page.name).toBe(false);

      resetLibraries();
      const doc = documentOf(page.html, page.url);
      const requested: OnDemandLibrary[] = [];
      let answer = captureDocument(doc, page.url);
      while ('needs' in answer && requested.length < ON_DEMAND_LIBRARIES.length) {
        for (const name of answer.needs) {
          expect(requested, `${page.name} asked twice for ${name}`).not.toContain(name);
          requested.push(name);
          registerLibrary(name, await realLibrary(name));
        }
        answer = captureDocument(doc, page.url);
      }
      expect(answer, page.name).toEqual(reference);
      for (const name of requested) loadedOn[name]++;
      if (!requested.length) none++;
    }
    console.log(`on-demand libraries over ${all.length} pages: microformats on ${loadedOn.microformats}, phones on ${loadedOn.phones}, none on ${none}`);
    // The split pays: most pages need neither library, and each is loaded somewhere (the test reaches both paths).
    expect(none).toBeGreaterThan(all.length / 3);
    expect(loadedOn.microformats).toBeGreaterThan(0);
    expect(loadedOn.phones).toBeGreaterThan(0);
  }, 300_000);
});
