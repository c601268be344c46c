// The NetLog check the end-to-end tests rely on: it must flag what Segue would do wrong, and only that.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offendingRequests, readNetLog } from '../e2e/net-log';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';

describe('network check of the e2e suite', () => {
  const fixtures = new Set(['www.linkedin.com', 'events.example.com']);

  it('allows the extension itself, served fixtures, loopback and Chromium housekeeping', () => {
    expect(offendingRequests([
      { url: `chrome-extension://${EXT}/src/ui/popup/index.html`, initiator: `chrome-extension://${EXT}` },
      { url: 'https://www.linkedin.com/in/someone/', initiator: '' },
      { url: 'https://events.example.com/favicon.ico', initiator: 'https://events.example.com' },
      { url: 'http://127.0.0.1:4321/demo/speaker-profile.html', initiator: '' },
      { url: 'https://update.googleapis.com/service/update2/json', initiator: 'not an origin' },
    ], EXT, fixtures)).toEqual([]);
  });

  it('flags any request the extension starts, and any page request to the outside web', () => {
    const bad = offendingRequests([
      { url: 'https://api.enrichment.example/v1/person', initiator: `chrome-extension://${EXT}` },
      { url: 'https://www.linkedin.com/voyager/api/me', initiator: `chrome-extension://${EXT}` },
      { url: 'https://tracker.example/pixel.gif', initiator: 'https://events.example.com' },
    ], EXT, fixtures);
    expect(bad.map((r) => r.url)).toEqual([
      'https://api.enrichment.example/v1/person',
      'https://www.linkedin.com/voyager/api/me',
      'https://tracker.example/pixel.gif',
    ]);
  });

  it('lets the extension reach the one team server the rep joined, and nothing beside it', () => {
    const bad = offendingRequests([
      { url: 'http://127.0.0.1:5984/acme-team/_changes?since=0', initiator: `chrome-extension://${EXT}` },
      { url: 'http://127.0.0.1:5985/other/_changes', initiator: `chrome-extension://${EXT}` },
      { url: 'http://127.0.0.1:59840/acme-team/', initiator: `chrome-extension://${EXT}` },
    ], EXT, fixtures, ['http://127.0.0.1:5984']);
    expect(bad.map((r) => r.url)).toEqual(['http://127.0.0.1:5985/other/_changes', 'http://127.0.0.1:59840/acme-team/']);
  });

  it('reads a NetLog file, including one cut short, and takes the initiator from the request job', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netlog-test-'));
    const log = {
      constants: { logEventTypes: { URL_REQUEST_START_JOB: 1, CORS_REQUEST: 2, OTHER: 3 } },
      events: [
        { type: 2, params: { url: 'https://a.example/' } },
        { type: 1, params: { url: 'https://a.example/', initiator: `chrome-extension://${EXT}` } },
        { type: 3, params: { url: 'https://ignored.example/' } },
      ],
    };
    const full = join(dir, 'full.json');
    writeFileSync(full, JSON.stringify(log));
    expect(readNetLog(full)).toEqual([{ url: 'https://a.example/', initiator: `chrome-extension://${EXT}` }]);
    const cut = join(dir, 'cut.json');
    writeFileSync(cut, JSON.stringify(log).slice(0, -2) + ',');
    expect(readNetLog(cut)).toHaveLength(1);
    expect(readNetLog(join(dir, 'missing.json'))).toEqual([]);
  });
});
