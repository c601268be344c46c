// A static copy of an extension page as rendered, with no script: the floor any version of that page can reach.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../../e2e/chromium';

/** Writes the markup into dist/<file> (so its stylesheets resolve as the page's do) and returns <file>. */
export function writeStaticFloor(html: string, file: string): string {
  const withoutScripts = html.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<link[^>]+rel="modulepreload"[^>]*>/gi, '');
  writeFileSync(join(DIST, file), `<!doctype html>${withoutScripts}`);
  return file;
}
