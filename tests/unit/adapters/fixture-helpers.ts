// Loads saved pages from tests/fixtures/<dir>/ with their *.expected.json, parsed by the test DOM (no scripts run).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractPage } from '../../../src/adapters/pipeline';
import type { ExtractionResult } from '../../../src/domain/extraction';

export const FIXTURES = join(import.meta.dirname, '../../fixtures');
export const FIXTURE_DIRS = ['linkedin', 'github', 'x', 'team-page', 'json-ld', 'microdata', 'h-card', 'opengraph', 'hostile'];

export interface Expected {
  url: string;
  adapter: string;
  error?: string;
  people?: number;
  expected?: Record<string, unknown>;
  others?: Array<Record<string, unknown>>;
}

export interface Fixture {
  dir: string;
  name: string;
  html: string;
  spec: Expected;
}

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function loadFixture(dir: string, name: string): Fixture {
  const html = readFileSync(join(FIXTURES, dir, `${name}.html`), 'utf8');
  const spec = JSON.parse(readFileSync(join(FIXTURES, dir, `${name}.expected.json`), 'utf8')) as Expected;
  return { dir, name, html, spec };
}

export function allFixtures(): Fixture[] {
  return FIXTURE_DIRS.flatMap((dir) =>
    readdirSync(join(FIXTURES, dir))
      .filter((f) => f.endsWith('.html'))
      .map((f) => loadFixture(dir, f.replace(/\.html$/, ''))),
  );
}

export function runFixture(dir: string, name: string): { fixture: Fixture; result: ExtractionResult; doc: Document; url: URL } {
  const fixture = loadFixture(dir, name);
  const doc = parseHtml(fixture.html);
  const url = new URL(fixture.spec.url);
  return { fixture, result: extractPage(doc, url), doc, url };
}
