// Enterprise policy in real Chromium: the harness writes a Linux Chromium policy file naming Segue's fixed id
// (3rdparty → extensions → id), launches Chromium, and checks that Settings shows the managed sender fields read-only
// with who set them, the team server, that the popup's messages are signed with the managed name, and that a
// segment pack pushed inline by the policy is installed read-only and says who set it. The file is
// removed afterwards, also when a check fails. Writing /etc needs root (CI runs as root); otherwise the test says
// so and checks nothing. SEGUE_POLICY_DIR points elsewhere for a Chromium built to read another directory.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../src/tools/demo-sites';
import { SEGUE_EXTENSION_ID } from '../../src/tools/extension-id';
import { buildPack } from '../../src/domain/packs/pack';
import type { Segment } from '../../src/domain/segments/segment-schema';
import { amaraDraft } from './drafts';
import { startSegue, type Segue } from './segue';

const POLICY_DIR = process.env.SEGUE_POLICY_DIR ?? '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'segue-test.json');
/** A pack as marketing exports it; the policy carries the text of the file (Chrome's schema has no "any JSON"). */
const POLICY_PACK = buildPack({ id: 'acme-policy-playbook', name: 'Acme policy playbook', version: '2.0.0', publisher: 'Acme marketing', releaseNotes: 'Pushed to every rep by IT.' }, [{
  id: 'acme-policy-cfos', name: 'Acme CFOs (policy)', description: 'Finance leaders, as the policy pushes them.', priority: 9, threshold: 40,
  rules: { op: 'and', rules: [{ type: 'seniority_in', values: ['vp', 'director', 'c_suite'], weight: 50 }] },
  talkingPoints: [{ id: 'close-faster', text: 'Teams like {{company|yours}} close the month four days sooner.' }],
  templates: [{ id: 'opener', channel: 'call_opener', name: 'Call opener', body: 'Hi {{firstName|there}}, a quick one about month-end close.' }],
} satisfies Segment], Date.UTC(2026, 11, 1));

const MANAGED = {
  packs: [JSON.stringify(POLICY_PACK)],
  sender: { name: 'Ada Admin', company: 'Acme Policy Corp', email: 'ada.admin@example.com', meetingLink: 'https://meet.example.com/ada' },
  defaultCountry: 'DE',
  teamServer: { url: 'https://couch.example.com', database: 'acme-sales' },
};

let segue: Segue | undefined;
let notWritable = '';

function writePolicy(): void {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [SEGUE_EXTENSION_ID]: MANAGED } } }, null, 2));
  } catch (err) {
    notWritable = `${POLICY_FILE} is not writable (${(err as NodeJS.ErrnoException).code ?? String(err)}): run as root (as CI does) to test the enterprise policy in real Chromium.`;
  }
}

const removePolicy = () => rmSync(POLICY_FILE, { force: true });

beforeAll(async () => {
  writePolicy();
  if (notWritable) return;
  process.once('exit', removePolicy); // also when the run is stopped before afterAll

  try {
    segue = await startSegue();
  } catch (err) {
    removePolicy();
    throw err;
  }
}, 60_000);

afterAll(async () => {
  try {
    await segue?.close();
  } finally {
    removePolicy();
  }
});

/** Waits until Chromium has handed the policy to the extension (it loads policy files asynchronously at start). */
async function managedStorage(s: Segue): Promise<Record<string, unknown>> {
  const worker = await s.serviceWorker();
  let value: Record<string, unknown> = {};
  await expect.poll(async () => {
    value = await worker.evaluate(() => chrome.storage.managed.get(null));
    return Object.keys(value).length;
  }, { timeout: 15_000 }).toBeGreaterThan(0);
  return value;
}

describe('enterprise policy in real Chromium', () => {
  it('gives Segue its fixed id and hands it the policy written for that id', async () => {
    if (notWritable) return console.warn(`policy.e2e: NOT TESTED: ${notWritable}`);
    expect(segue!.extensionId).toBe(SEGUE_EXTENSION_ID);
    expect(await managedStorage(segue!)).toEqual(MANAGED);
  });

  it('shows the managed sender fields read-only in Settings, says who set them, and shows the team server', async () => {
    if (notWritable) return console.warn(`policy.e2e: NOT TESTED: ${notWritable}`);
    const s = segue!;
    await managedStorage(s);
    await s.send('settings.setSender', { sender: { name: 'Sam Reyes', title: 'Account Executive', company: 'Segue', email: '', phone: '', signature: '', meetingLink: '', country: '' } });
    const dashboard: Page = await s.openPage('src/ui/options/index.html#/settings');
    const name = dashboard.getByTestId('sender-name');
    await expect.poll(() => name.inputValue()).toBe('Ada Admin');
    for (const [id, value] of [['sender-name', 'Ada Admin'], ['sender-company', 'Acme Policy Corp'], ['sender-email', 'ada.admin@example.com'], ['sender-meeting-link', 'https://meet.example.com/ada']] as const) {
      const field = dashboard.getByTestId(id);
      expect(await field.inputValue()).toBe(value);
      expect(await field.getAttribute('readonly'), id).not.toBeNull();
      const note = await field.getAttribute('aria-describedby');
      expect(await dashboard.locator(`[id="${note}"]`).textContent()).toBe("Set by your organization's policy");
    }
    expect(await dashboard.getByTestId('sender-country').inputValue()).toBe('DE');
    expect(await dashboard.getByTestId('sender-country').isDisabled()).toBe(true);
    expect(await dashboard.getByTestId('sender-title').getAttribute('readonly')).toBeNull();
    expect(await dashboard.getByTestId('sender-title').inputValue()).toBe('Account Executive');
    await dashboard.getByTestId('policy-notice').waitFor();
    const team = dashboard.getByTestId('policy-team-server');
    expect(await team.textContent()).toContain('https://couch.example.com');
    expect(await team.textContent()).toContain('acme-sales');
    // The rep's own values stay saved under the managed ones.
    const row = (await s.table<{ key: string; value: { name: string } }>('settings')).find((r) => r.key === 'sender');
    expect(row?.value.name).toBe('Sam Reyes');
    await s.screenshot(dashboard, 'policy-1-settings-managed');
  });

  it('signs the popup\'s messages with the managed sender name', async () => {
    if (notWritable) return console.warn(`policy.e2e: NOT TESTED: ${notWritable}`);
    const s = segue!;
    await managedStorage(s);
    await s.send('prospects.save', { draft: amaraDraft() });
    const page = await s.context.newPage();
    await page.goto(DEMO_PAGES[0]!.url);
    const popup = await s.openPopup(page);
    await popup.getByRole('button', { name: 'Open', exact: true }).click();
    const messages = popup.getByTestId('messages');
    await messages.waitFor();
    await messages.getByRole('tab', { name: 'Email', exact: true }).click();
    const body = messages.getByTestId('message-body');
    await expect.poll(() => body.inputValue()).toContain('Ada Admin');
    expect(await body.inputValue()).not.toContain('Sam Reyes');
    await body.evaluate((el) => { el.scrollTop = el.scrollHeight; }); // the signature, in the screenshot
    await s.screenshot(popup, 'policy-2-popup-managed-sender');
  });

  it('installs the pack the policy pushes, read-only, saying who set it', async () => {
    if (notWritable) return console.warn(`policy.e2e: NOT TESTED: ${notWritable}`);
    const s = segue!;
    await managedStorage(s);
    await expect.poll(async () => (await s.table<Segment>('segments')).find((x) => x.id === 'acme-policy-cfos')?.pack, { timeout: 15_000 })
      .toEqual({ id: 'acme-policy-playbook', name: 'Acme policy playbook', version: '2.0.0', managed: true });
    const page = await s.openPage('src/ui/options/index.html#/segments');
    const row = page.getByTestId('segment-row').filter({ has: page.getByRole('link', { name: 'Acme CFOs (policy)', exact: true }) });
    await row.waitFor();
    expect(await row.getByTestId('pack-badge').textContent()).toBe('Acme policy playbook 2.0.0');
    expect(await row.getByTestId('pack-policy-badge').textContent()).toBe("Set by your organization's policy");
    const installed = page.getByTestId('installed-pack');
    expect(await installed.getByTestId('installed-pack-policy').textContent()).toBe("Set by your organization's policy");
    expect(await installed.getByTestId('pack-remove').count()).toBe(0);
    expect(await installed.getByTestId('pack-rollback').count()).toBe(0);

    // A pack file with the same id cannot replace the policy's pack.
    const newer = { ...POLICY_PACK, version: '9.0.0', publisher: 'Someone else' };
    await page.getByTestId('pack-file').setInputFiles({ name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(newer)) });
    await page.getByTestId('pack-policy-owned').waitFor();
    expect(await page.getByTestId('pack-policy-owned').textContent()).toBe("Acme policy playbook is set by your organization's policy: it changes only when the policy does, not from a file.");
    expect(await page.getByTestId('pack-import-confirm').isDisabled()).toBe(true);
    await expect(s.send('packs.install', { pack: newer })).rejects.toThrow(/set by your organization's policy/);
    expect((await s.table<Segment>('segments')).find((x) => x.id === 'acme-policy-cfos')!.pack!.version).toBe('2.0.0');
    await s.screenshot(page, 'policy-3-segments-policy-pack-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await s.screenshot(page, 'policy-3-segments-policy-pack-dark');

    const editor = await s.openPage('src/ui/options/index.html#/segments/acme-policy-cfos');
    const notice = editor.getByTestId('pack-read-only');
    await notice.waitFor();
    expect(await notice.textContent()).toContain("Set by your organization's policy (pack Acme policy playbook 2.0.0). Read-only.");
    expect(await editor.getByTestId('segment-name').isDisabled()).toBe(true);
    expect(await editor.getByTestId('segment-delete').count()).toBe(0);
    await s.screenshot(editor, 'policy-4-segment-read-only-policy');
  });
});
