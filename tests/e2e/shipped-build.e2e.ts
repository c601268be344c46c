// What ships is what was meant to ship: no test door in dist/ (the e2e tests' handle on the service worker's
// handlers exists only in the test build, dist-test/), and the built manifest asks for exactly the optional host
// permissions of the table of known sites.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { optionalHostPermissions } from '../../src/domain/sites';
import { TEAM_SERVER_PERMISSIONS } from '../../src/domain/team/connection';
import { DIST, TEST_DIST } from './chromium';

/** Every built file whose text contains one of the needles, as paths relative to the build folder. */
function filesContaining(dir: string, needles: string[]): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|mjs|html|json)$/.test(name) && needles.some((n) => readFileSync(path, 'utf8').includes(n))) found.push(path.slice(dir.length + 1));
    }
  };
  walk(dir);
  return found;
}

const TEST_DOOR = ['segueTest', 'background-test-entry'];

describe('the shipped build', () => {
  it('has no test door: the handle the e2e tests use is only in the test build', () => {
    expect(existsSync(join(DIST, 'manifest.json')), `no build in ${DIST}: run npm run build`).toBe(true);
    expect(existsSync(join(TEST_DIST, 'manifest.json')), `no test build in ${TEST_DIST}: run SEGUE_TEST_BUILD=1 npx vite build`).toBe(true);
    expect(filesContaining(DIST, TEST_DOOR)).toEqual([]);
    // The needle is the right one: the test build does contain the door.
    expect(filesContaining(TEST_DIST, ['segueTest']).length).toBeGreaterThan(0);
  });

  it('asks for exactly the known sites\' optional host permissions (and any one team server, asked when joining), outlook.cloud.microsoft included', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { optional_host_permissions?: string[]; host_permissions?: string[] };
    expect(manifest.optional_host_permissions).toEqual([...optionalHostPermissions(), ...TEAM_SERVER_PERMISSIONS]);
    expect(manifest.optional_host_permissions).toContain('https://outlook.cloud.microsoft/*');
    expect(manifest.host_permissions).toBeUndefined();
  });
});
