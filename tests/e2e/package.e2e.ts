// `npm run package` end to end: clean builds for both stores, linted, zipped. Packaged twice from the same sources,
// into two folders, with the same bytes (the Chrome Web Store build leaves the manifest key out, so dist/ is not
// the same build); the Firefox zip also equals a zip of the dist-firefox/ build `npm run test:e2e` made before the
// suite. The version in each manifest is package.json's.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { packageAll, reproducibleZip } from '../../src/tools/package';
import { DIST_FIREFOX } from './firefox';

const dirs = [mkdtempSync(join(tmpdir(), 'segue-release-')), mkdtempSync(join(tmpdir(), 'segue-release-'))];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

describe('npm run package', () => {
  it('writes a Chrome and a Firefox zip, the same bytes from two clean builds', { timeout: 600_000 }, () => {
    const first = packageAll(dirs[0]);
    expect(first.map((r) => basename(r.file))).toEqual([`segue-${pkg.version}-chrome.zip`, `segue-${pkg.version}-firefox.zip`]);
    const second = packageAll(dirs[1]);
    expect(second.map((r) => r.sha256)).toEqual(first.map((r) => r.sha256));
    expect(createHash('sha256').update(reproducibleZip(DIST_FIREFOX)).digest('hex')).toBe(first[1]!.sha256);

    const manifests = first.map((r) => JSON.parse(new TextDecoder().decode(unzipSync(readFileSync(r.file))['manifest.json'])) as Record<string, unknown>);
    expect(manifests.map((m) => m.version)).toEqual([pkg.version, pkg.version]);
    expect(manifests[0]).toHaveProperty('background.service_worker');
    expect(manifests[0]).not.toHaveProperty('key'); // the store refuses a key and signs with its own
    expect(manifests[1]).toMatchObject({ browser_specific_settings: { gecko: { data_collection_permissions: { required: ['none'] } } } });
    const firefoxFiles = Object.keys(unzipSync(readFileSync(first[1]!.file)));
    expect(firefoxFiles).toContain((manifests[1] as { sidebar_action: { default_panel: string } }).sidebar_action.default_panel);
  });
});
