import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { filesUnder, reproducibleZip } from '../../../src/tools/package';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

function folder(files: Record<string, string>, mtime: Date): string {
  const dir = mkdtempSync(join(tmpdir(), 'segue-zip-'));
  dirs.push(dir);
  // Written in reverse order, so the directory's own order is not the sorted one.
  for (const [path, text] of Object.entries(files).reverse()) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
    utimesSync(join(dir, path), mtime, mtime);
  }
  return dir;
}

/** Central directory entries: name, DOS time and date. */
function centralEntries(zip: Uint8Array): Array<{ name: string; time: number; date: number }> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: Array<{ name: string; time: number; date: number }> = [];
  for (let i = 0; i + 46 <= zip.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    out.push({ name: new TextDecoder().decode(zip.subarray(i + 46, i + 46 + nameLength)), time: view.getUint16(i + 12, true), date: view.getUint16(i + 14, true) });
    i += 45 + nameLength;
  }
  return out;
}

const FILES = { 'manifest.json': '{"version":"0.1.0"}', 'assets/b.js': 'b()', 'assets/a.js': 'a()', '_locales/en/messages.json': '{}' };

describe('reproducible store packages', () => {
  it('gives the same bytes for the same files, whatever their times on disk', () => {
    const first = reproducibleZip(folder(FILES, new Date('2026-01-02T03:04:05Z')));
    const second = reproducibleZip(folder(FILES, new Date('2026-12-07T12:00:00Z')));
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const changed = reproducibleZip(folder({ ...FILES, 'assets/a.js': 'a(1)' }, new Date()));
    expect(Buffer.from(changed).equals(Buffer.from(first))).toBe(false);
  });

  it('sorts entries by path and stores the fixed time 1980-01-01 00:00 for each', () => {
    const zip = reproducibleZip(folder(FILES, new Date()));
    const entries = centralEntries(zip);
    expect(entries.map((e) => e.name)).toEqual(['_locales/en/messages.json', 'assets/a.js', 'assets/b.js', 'manifest.json']);
    for (const e of entries) expect({ time: e.time, date: e.date }).toEqual({ time: 0, date: (1 << 5) | 1 });
    expect(new TextDecoder().decode(unzipSync(zip)['assets/b.js'])).toBe('b()');
  });

  it('lists files with forward slashes, sorted', () => {
    expect(filesUnder(folder(FILES, new Date()))).toEqual(['_locales/en/messages.json', 'assets/a.js', 'assets/b.js', 'manifest.json']);
  });
});
