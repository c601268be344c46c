// The hand-off in real Chromium, between two browser profiles (marketing and a rep) joined by the hand-off file:
// 1. a prospect crosses the readiness threshold after a logged meeting (the stage rule makes her qualified),
//    marketing hands her to Sam from "Ready for sales", exports Sam's hand-offs; Sam imports the file with a preview,
//    sees the badge and "Handed to you" in the real toolbar popup with marketing's note, accepts; the timeline shows
//    every step;
// 2. a second hand-off is returned by Sam with a reason; his answer file goes back to marketing, whose insights show
//    the return and its reason.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../src/tools/demo-sites';
import { amaraDraft } from './drafts';
import { startSegue, type Segue } from './segue';

const downloads = mkdtempSync(join(tmpdir(), 'segue-handoff-'));
const SAM = { name: 'Sam Rivera', email: 'sam.rivera@example.com' };
const MIA = { name: 'Mia Chen', email: 'mia.chen@example.com' };

let marketing: Segue;
let rep: Segue;
let amaraId = '';
let jonasId = '';

function jonasDraft() {
  const draft = amaraDraft();
  return {
    ...draft,
    fields: {
      ...draft.fields, fullName: 'Jonas Weber', firstName: 'Jonas', lastName: 'Weber', title: 'Head of Revenue Operations', company: 'Kessler Logistik',
      emails: ['jonas.weber@kessler.example.org'], phones: [{ number: '+4930901820', label: 'office' }],
      profiles: { linkedin: 'https://www.linkedin.com/in/jonas-weber-demo' }, location: { city: 'Berlin', country: 'DE' },
    },
    source: { ...draft.source, url: 'https://kessler.example.org/team/jonas-weber' },
  };
}

async function download(page: Page, testId: string): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = join(downloads, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

async function badgeText(segue: Segue): Promise<string> {
  const worker = await segue.serviceWorker();
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}

async function logMeeting(segue: Segue, prospectId: string, notes: string) {
  await segue.send('call.start', { prospectId, replace: true });
  await segue.send('call.update', { patch: { outcome: 'meeting_booked', notes } });
  await segue.send('call.save', {});
}

/** Imports a hand-off file on the Prospects page, checks the preview's rows, and confirms. */
async function importHandoffFile(dashboard: Page, path: string, expectRows: RegExp[], screenshot?: () => Promise<unknown>) {
  const card = dashboard.getByTestId('handoffs-card');
  await card.getByTestId('handoff-file').setInputFiles(path);
  const preview = card.getByTestId('handoff-preview');
  await preview.waitFor();
  const rows = await preview.getByTestId('handoff-preview-row').allTextContents();
  expect(rows).toHaveLength(expectRows.length);
  expectRows.forEach((pattern, i) => expect(rows[i]).toMatch(pattern));
  await screenshot?.();
  await preview.getByTestId('handoff-import-confirm').click();
  await preview.waitFor({ state: 'detached' });
}

beforeAll(async () => {
  marketing = await startSegue();
  rep = await startSegue();
  ({ prospect: { id: amaraId } } = await marketing.send<{ prospect: { id: string } }>('prospects.save', { draft: amaraDraft() }));
  ({ prospect: { id: jonasId } } = await marketing.send<{ prospect: { id: string } }>('prospects.save', { draft: jonasDraft() }));
  await rep.send('settings.setTeam', { team: [{ id: 'm', ...MIA, role: 'marketing' }, { id: 's', ...SAM, role: 'rep', isMe: true }] });
}, 120_000);

afterAll(async () => {
  await marketing?.close();
  await rep?.close();
  rmSync(downloads, { recursive: true, force: true });
});

describe('hand-off from marketing to sales', () => {
  it('a prospect over the threshold after a meeting is handed to Sam, who accepts it in the popup; the timeline shows each step', async () => {
    // Marketing says who is on the team, in Settings.
    const settings = await marketing.openPage('src/ui/options/index.html#/settings');
    const team = settings.getByTestId('team-editor');
    await team.waitFor();
    for (const [person, role, me] of [[MIA, 'marketing', true], [SAM, 'rep', false]] as const) {
      await team.getByTestId('team-add').click();
      const row = team.getByTestId('team-member').last();
      await row.getByTestId('team-name').fill(person.name);
      await row.getByTestId('team-email').fill(person.email);
      await row.getByTestId('team-role').selectOption(role);
      if (me) await row.getByTestId('team-me').check();
    }
    await team.getByTestId('team-save').click();
    await expect.poll(async () => (await marketing.table<{ key: string; value: unknown[] }>('settings')).find((s) => s.key === 'team')?.value.length).toBe(2);
    await team.scrollIntoViewIfNeeded();
    await marketing.screenshot(settings, 'handoff-1-settings-team');
    await settings.close();

    // A meeting booked: the stage rule qualifies her, and she crosses the readiness threshold.
    await logMeeting(marketing, amaraId, 'Demo on Thursday with her team');
    await expect.poll(async () => (await marketing.table<{ id: string; stage: string }>('prospects')).find((p) => p.id === amaraId)?.stage).toBe('qualified');

    const dashboard = await marketing.openPage('src/ui/options/index.html#/prospects');
    const ready = dashboard.getByTestId('ready-for-sales');
    const row = ready.getByTestId('ready-row').filter({ hasText: 'Amara Okafor' });
    await expect.poll(() => row.getByTestId('ready-reasons').textContent(), { timeout: 10_000 }).toMatch(/Meeting booked today \+30/);
    await row.getByTestId('ready-hand').click();
    const form = row.getByTestId('handoff-form');
    expect(await form.getByTestId('handoff-owner').locator('option:checked').textContent()).toBe('Sam Rivera');
    await form.getByTestId('handoff-note-input').fill('She asked for pricing for 40 seats after the demo. Lead with the pipeline-visibility story.');
    expect(await form.getByTestId('handoff-segment').inputValue()).not.toBe('');
    expect(await form.getByTestId('handoff-point').count()).toBeGreaterThan(0);
    await marketing.screenshot(dashboard, 'handoff-2-ready-for-sales-hand-to-sales');
    await form.getByTestId('handoff-submit').click();

    // Handed: the row leaves "Ready for sales", the hand-offs list shows it waiting, the stage moved.
    const handoffs = dashboard.getByTestId('handoffs-card');
    await expect.poll(() => handoffs.getByTestId('handoff-row').first().textContent()).toMatch(/^Amara OkaforSam RiveraWaiting/);
    await expect.poll(async () => (await marketing.table<{ id: string; stage: string }>('prospects')).find((p) => p.id === amaraId)?.stage).toBe('handed_to_sales');
    await expect.poll(() => ready.count()).toBe(0);

    // The file for Sam carries the hand-off, the prospect, her notes and the segment.
    const file = await download(dashboard, 'handoff-export');
    expect(file.name).toMatch(/^segue-handoffs-sam-rivera-\d{4}-\d{2}-\d{2}\.json$/);
    const content = JSON.parse(readFileSync(file.path, 'utf8')) as { format: string; handoffs: unknown[]; prospects: { fullName: string }[]; segments: unknown[] };
    expect(content.format).toBe('segue-handoffs');
    expect(content.prospects.map((p) => p.fullName)).toEqual(['Amara Okafor']);
    expect(content.segments.length).toBe(1);
    await dashboard.close();

    // Sam imports it, with a preview first.
    expect(await badgeText(rep)).toBe('');
    const repDashboard = await rep.openPage('src/ui/options/index.html#/prospects');
    await importHandoffFile(repDashboard, file.path, [/^Amara Okafor · Waiting · new$/], () => rep.screenshot(repDashboard, 'handoff-3-rep-import-preview'));
    await expect.poll(() => badgeText(rep)).toBe('1');

    // The real toolbar popup: "Handed to you", marketing's note, Accept.
    const page = await rep.context.newPage();
    await page.goto(DEMO_PAGES[1]!.url);
    const popup = await rep.openPopup(page);
    const handed = popup.getByTestId('handed-to-you');
    await expect.poll(() => handed.textContent()).toMatch(/^Handed to you \(1\)Amara OkaforFrom Mia Chen: She asked for pricing/);
    await rep.screenshot(popup, 'handoff-4-popup-handed-to-you');
    await handed.getByTestId('handed-item').click();
    const view = popup.getByTestId('handoff-view');
    await expect.poll(() => view.getByTestId('handoff-note').textContent()).toBe('She asked for pricing for 40 seats after the demo. Lead with the pipeline-visibility story.');
    expect(await view.getByTestId('handoff-points').locator('li').count()).toBeGreaterThan(0);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await rep.screenshot(popup, `handoff-5-popup-handoff-note-${scheme}`);
    }
    await popup.emulateMedia({ colorScheme: 'light' });
    await view.getByTestId('handoff-accept').click();
    await expect.poll(() => view.getByTestId('handoff-state').textContent()).toBe('Accepted');
    await expect.poll(() => badgeText(rep)).toBe('');
    await popup.close().catch(() => undefined);
    await page.close();

    // Every step on the rep's timeline.
    await repDashboard.goto(repDashboard.url().replace(/#.*$/, `#/prospects/${amaraId}`));
    const timeline = repDashboard.getByTestId('timeline');
    await expect.poll(() => timeline.textContent()).toMatch(/Sam Rivera accepted the hand-off/);
    const text = (await timeline.textContent()) ?? '';
    expect(text).toMatch(/Handed to Sam Rivera by Mia Chen/);
    expect(text).toMatch(/Imported from the hand-off file for Sam Rivera/);
    expect(await repDashboard.getByTestId('detail-stage').inputValue()).toBe('handed_to_sales');
    expect(await repDashboard.getByTestId('handoff-view').getByTestId('handoff-state').textContent()).toBe('Accepted');
    await rep.screenshot(repDashboard, 'handoff-6-rep-prospect-timeline');
    await repDashboard.close();
  });

  it('a returned hand-off goes back to marketing with its reason, and marketing\'s insights show it', async () => {
    // Marketing hands Jonas to Sam too, and sends Sam the file again (Amara's copy there is already further along).
    const dashboard = await marketing.openPage('src/ui/options/index.html#/prospects');
    const revops = (await marketing.table<{ id: string; name: string; talkingPoints: { id: string }[] }>('segments')).find((s) => s.name === 'Revenue and sales operations')!;
    await marketing.send('handoff.offer', { prospectId: jonasId, owner: SAM, note: 'Downloaded the RevOps guide twice.', segmentId: revops.id, talkingPointIds: [revops.talkingPoints[0]!.id] });
    // Jonas copies one message and opens another in his mail app: counted per template, by how it left.
    const [email, follow] = (revops as unknown as { templates: { id: string; name: string; channel: string }[] }).templates;
    await marketing.send('messages.copied', { prospectId: jonasId, segmentId: revops.id, templateId: email!.id, templateName: email!.name, channel: email!.channel, action: 'copied' });
    await marketing.send('messages.copied', { prospectId: jonasId, segmentId: revops.id, templateId: email!.id, templateName: email!.name, channel: email!.channel, action: 'opened' });
    await marketing.send('messages.copied', { prospectId: jonasId, segmentId: revops.id, templateId: follow!.id, templateName: follow!.name, channel: follow!.channel, action: 'opened' });
    await expect.poll(() => dashboard.getByTestId('handoff-row').count()).toBe(2);
    const file = await download(dashboard, 'handoff-export');

    const repDashboard = await rep.openPage('src/ui/options/index.html#/prospects');
    await importHandoffFile(repDashboard, file.path, [/^Amara Okafor · Waiting · already here$/, /^Jonas Weber · Waiting · new$/]);
    await expect.poll(() => badgeText(rep)).toBe('1');

    // Sam returns Jonas from the popup: no budget.
    const page = await rep.context.newPage();
    await page.goto(DEMO_PAGES[1]!.url);
    const popup = await rep.openPopup(page);
    await popup.getByTestId('handed-to-you').getByTestId('handed-item').click();
    const view = popup.getByTestId('handoff-view');
    await view.getByTestId('handoff-return').click();
    await view.getByTestId('handoff-reason').selectOption({ label: 'No budget' });
    await view.getByTestId('handoff-return-note').fill('Budget frozen until April.');
    // Marketing's segment is the one in focus while the hand-off is open.
    expect(await popup.getByTestId('segment-matches').locator('[aria-pressed="true"]').textContent()).toMatch(/^Revenue and sales operations/);
    expect(await popup.getByTestId('talking-points').textContent()).toMatch(/Revenue and sales operations/i);
    await popup.evaluate(() => document.scrollingElement?.scrollTo(0, 0));
    await rep.screenshot(popup, 'handoff-7-popup-return-with-reason');
    await view.getByTestId('handoff-return-confirm').click();
    await expect.poll(() => view.getByTestId('handoff-returned').textContent()).toBe('Returned: No budget — Budget frozen until April.');
    await expect.poll(() => badgeText(rep)).toBe('');
    await popup.close().catch(() => undefined);
    await page.close();

    // Sam's answers travel back as a file; marketing imports them. (Downloads in this profile now land in the popup's
    // CDP connection, so the file is written from the same message the Export button sends.)
    const { file: answerFile, fileName } = await rep.send<{ file: unknown; fileName: string }>('handoff.export', { owner: SAM });
    const answers = join(downloads, fileName);
    writeFileSync(answers, JSON.stringify(answerFile));
    await repDashboard.close();
    await importHandoffFile(dashboard, answers, [/^Amara Okafor · Accepted · updated$/, /^Jonas Weber · Returned · updated$/]);
    await expect.poll(async () => (await marketing.table<{ id: string; stage: string }>('prospects')).find((p) => p.id === jonasId)?.stage).toBe('qualified');

    // Marketing's insights: per segment and per pack version, with the return reason.
    await dashboard.goto(dashboard.url().replace(/#.*$/, '#/insights'));
    const insights = dashboard.getByTestId('handoff-insights');
    const segments = insights.getByTestId('handoff-insights-segments');
    await expect.poll(() => segments.getByTestId('handoff-insights-row').first().textContent(), { timeout: 10_000 }).toMatch(/^All hand-offs211 \(No budget 1\)/);
    expect(await segments.getByTestId('handoff-insights-row').filter({ hasText: 'Revenue and sales operations' }).textContent()).toMatch(/^Revenue and sales operations101 \(No budget 1\)/);
    expect(await insights.getByTestId('handoff-insights-packs').getByTestId('handoff-insights-row').first().textContent()).toMatch(/^No pack211/);
    const actions = dashboard.getByTestId('message-actions-table');
    expect(await actions.locator('tbody tr').filter({ hasText: email!.name }).locator('td').allTextContents()).toEqual(['1', '1', '0']);
    for (const scheme of ['light', 'dark'] as const) {
      await dashboard.emulateMedia({ colorScheme: scheme });
      await insights.scrollIntoViewIfNeeded();
      await marketing.screenshot(dashboard, `handoff-8-insights-returned-reason-${scheme}`);
    }
    await dashboard.emulateMedia({ colorScheme: 'light' });
    const csv = await download(dashboard, 'handoff-insights-export');
    const lines = readFileSync(csv.path, 'utf8').trim().split(/\r\n/);
    expect(lines[0]).toContain('Returned: No budget');
    expect(lines[1]).toMatch(/^total,All hand-offs,2,1,1,1,/);

    // Marketing's timeline of Jonas shows the return and its reason.
    await dashboard.goto(dashboard.url().replace(/#.*$/, `#/prospects/${jonasId}`));
    await expect.poll(() => dashboard.getByTestId('timeline').textContent()).toMatch(/Sam Rivera returned the hand-off: No budget/);
    await dashboard.close();
  });
});
