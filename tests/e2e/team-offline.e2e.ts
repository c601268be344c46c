// A rep works offline, in real Chromium with two browser profiles (marketing and a rep) and the CouchDB-compatible
// test server: marketing publishes a pack and hands a prospect to the rep, who accepts; the rep's browser goes
// offline and the rep logs calls (one of them moves a prospect's stage by the call-log rule); nothing reaches the
// server and nothing is lost; back online, every call and the stage change reach the server exactly once, and
// marketing's team insights show them per segment, template and pack version, and per rep once marketing allows it.
// Stand-in, as in team.e2e.ts: the server's site is allowed in Chrome's Site access first, so Segue's
// permissions.request for it is granted without the prompt (which a test cannot click).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { TeamServer } from '../support/team-server/team-server';
import { startTeam } from '../support/team-server/team-fixture';
import { couchAs } from '../support/team-server/couch-as';
import { amaraDraft } from './drafts';
import { SCREENSHOTS, startSegue, type Segue } from './segue';
import { allowTeamServer, joinAsMarketingWithTeamList, joinTeamForm, openTeamSettings } from './team-flows';

const DB = 'acme-offline';
let server: TeamServer;
let marketing: Segue;
let rep: Segue;
let mSettings: Page;
let rSettings: Page;

interface SegmentRow { id: string; name: string; pack?: { id: string; version: string }; templates: { id: string; name: string }[] }
interface ActivityRow { _id: string; _rev: string; kind: string; activityId: string; outcome?: string; segmentId?: string; templateId?: string; packVersion?: string; handoffId?: string; toStage?: string; rule?: string }

async function bothSchemes(page: Page, name: string, part: Locator) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await part.screenshot({ path: join(SCREENSHOTS, `${name}-${scheme}.png`), animations: 'disabled' });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function robActivity(): Promise<ActivityRow[]> {
  const res = await couchAs(server.url, 'maria', 'm-pass')('GET', `${DB}/_all_docs?include_docs=true&startkey=%22activity:rob:%22&endkey=%22activity:rob:%EF%BF%BF%22`);
  return (res.body.rows as { doc: ActivityRow }[]).map((r) => r.doc);
}

async function logCall(prospectId: string, segmentId: string, templateId: string, outcome: string): Promise<string> {
  await rep.send('call.start', { prospectId, segmentId, templateId, replace: true });
  await rep.send('call.update', { patch: { outcome, notes: 'Private: said the renewal is in March' } });
  return (await rep.send<{ callId: string }>('call.save', {})).callId;
}

beforeAll(async () => {
  server = await startTeam(DB);
  marketing = await startSegue({ teamServer: server.url });
  rep = await startSegue({ teamServer: server.url });
  await allowTeamServer(marketing, server.url);
  await allowTeamServer(rep, server.url);
}, 120_000);

afterAll(async () => {
  await rep?.context.setOffline(false).catch(() => undefined);
  await rep?.close();
  await marketing?.close();
  await server?.stop();
});

describe('a rep logs calls offline; back online they reach marketing\'s team insights once', () => {
  let segment: SegmentRow;
  let handoffId = '';
  let amaraId = '';

  it('marketing sets up the team, publishes a pack and hands a prospect to the rep, who accepts', async () => {
    mSettings = await joinAsMarketingWithTeamList(marketing, server.url, DB);
    // Per-rep figures are off until marketing turns them on.
    expect(await mSettings.getByTestId('team-per-rep-toggle').isChecked()).toBe(false);

    const segments = await marketing.openPage('src/ui/options/index.html#/segments');
    await segments.getByTestId('segment-row').filter({ hasText: 'Revenue and sales operations' }).getByTestId('select-segment').check();
    await segments.getByTestId('export-pack').click();
    const form = segments.getByTestId('pack-export');
    await form.getByTestId('pack-name').fill('RevOps push');
    await form.getByTestId('pack-version').fill('1.0.0');
    await form.getByTestId('pack-publisher').fill('Acme marketing');
    await form.getByTestId('pack-publish-team').click();
    await expect.poll(async () => (await couchAs(server.url, 'maria', 'm-pass')('GET', `${DB}/pack:revops-push`)).status, { timeout: 30_000 }).toBe(200);
    await segments.close();

    rSettings = await openTeamSettings(rep);
    await joinTeamForm(rSettings, server.url, DB, 'rob', 'r-pass');
    await rSettings.getByTestId('team-connected').waitFor({ timeout: 30_000 });
    await rSettings.getByText('RevOps push (version 1.0.0)').waitFor({ timeout: 30_000 });
    segment = (await rep.table<SegmentRow>('segments')).find((s) => s.pack?.id === 'revops-push')!;
    expect(segment.templates.length).toBeGreaterThan(0);

    ({ prospect: { id: amaraId } } = await marketing.send<{ prospect: { id: string } }>('prospects.save', { draft: amaraDraft() }));
    const mSegments = await marketing.table<SegmentRow>('segments');
    const mSegment = mSegments.find((s) => s.pack?.id === 'revops-push') ?? mSegments.find((s) => s.name === 'Revenue and sales operations')!;
    ({ handoff: { id: handoffId } } = await marketing.send<{ handoff: { id: string } }>('handoff.offer', {
      prospectId: amaraId, owner: { name: 'Rob Turner', email: 'rob@example.com' }, note: 'Asked for pricing at the webinar.', segmentId: mSegment.id,
    }));
    await expect.poll(async () => (await rep.table<{ id: string }>('handoffs')).some((h) => h.id === handoffId), { timeout: 30_000 }).toBe(true);
    await rep.send('handoff.accept', { id: handoffId });
    await expect.poll(async () => (await couchAs(server.url, 'rob', 'r-pass')('GET', `${DB}/handoff:${handoffId}`)).body.state, { timeout: 30_000 }).toBe('accepted');
  }, 180_000);

  it('offline, the rep\'s calls and stage change stay on the rep\'s machine; back online each reaches the server once', async () => {
    await expect.poll(() => rSettings.getByTestId('team-state').getAttribute('data-state'), { timeout: 20_000 }).toBe('live');
    const { prospect: { id: benId } } = await rep.send<{ prospect: { id: string } }>('prospects.save', {
      draft: { ...amaraDraft(), fields: { ...amaraDraft().fields, fullName: 'Ben Achterberg', firstName: 'Ben', lastName: 'Achterberg', company: 'Northwind Freight', emails: ['ben@northwind.example.com'], phones: [], profiles: {} },
        source: { ...amaraDraft().source, url: 'https://northwind.example.com/team/ben' } },
    });
    const tpl = segment.templates[0]!.id;

    await rep.context.setOffline(true);
    const callIds = [
      await logCall(amaraId, segment.id, tpl, 'no_answer'),
      await logCall(amaraId, segment.id, tpl, 'meeting_booked'),
      await logCall(benId, segment.id, tpl, 'connected'),
    ];
    // The rep's dashboard is open and publishes into its replica; the server hears nothing while offline.
    await new Promise((r) => setTimeout(r, 4000));
    expect((await robActivity()).filter((a) => callIds.includes(a.activityId))).toEqual([]);
    expect((await rep.table<{ id: string }>('calls')).filter((c) => callIds.includes(c.id))).toHaveLength(3);
    await expect.poll(() => rSettings.getByTestId('team-state').getAttribute('data-state'), { timeout: 30_000 }).toBe('waiting');
    await bothSchemes(rSettings, 'team-offline-1-rep-offline', rSettings.getByTestId('team-section'));

    await rep.context.setOffline(false);
    await expect.poll(async () => (await robActivity()).filter((a) => a.kind === 'call').length, { timeout: 90_000 }).toBe(3);
    // Settle, then check nothing arrived twice and nothing was rewritten.
    await new Promise((r) => setTimeout(r, 3000));
    const docs = await robActivity();
    const calls = docs.filter((a) => a.kind === 'call');
    expect(calls.map((a) => a.activityId).sort()).toEqual([...callIds].sort());
    expect(calls.every((a) => a._rev.startsWith('1-'))).toBe(true);
    expect(calls.every((a) => a.segmentId === segment.id && a.templateId === tpl && a.packVersion === '1.0.0')).toBe(true);
    expect(calls.filter((a) => a.handoffId === handoffId)).toHaveLength(2);
    const moves = docs.filter((a) => a.kind === 'stage_change');
    expect(moves).toEqual([expect.objectContaining({ toStage: 'contacted', rule: 'first_call_contacts', segmentId: segment.id })]);
    expect(JSON.stringify(docs)).not.toMatch(/renewal is in March|Ben Achterberg|Amara/);
  }, 150_000);

  it('marketing\'s team insights show them per segment, template and pack version, and per rep once allowed', async () => {
    const insights = await marketing.openPage('src/ui/options/index.html#/insights');
    const card = insights.getByTestId('team-insights');
    const stats = () => insights.getByTestId('team-insights-totals').locator('[data-col]').evaluateAll((cards) =>
      Object.fromEntries(cards.map((c) => [(c as HTMLElement).dataset.col, c.querySelector('.stat-value')?.textContent])));
    await expect.poll(stats, { timeout: 30_000 }).toEqual({
      calls: '3', reps: '1', 'connect-rate': '66.7%', meetings: '1', 'stage-changes': '1', accepted: '1 / 1', returned: '0', 'first-call': expect.stringMatching(/min$/),
    });
    const cells = async (table: string) => (await card.getByTestId(`${table}-row`).allInnerTexts()).map((t) => t.split('\t').map((c) => c.trim()));
    expect(await cells('team-insights-segments')).toContainEqual([segment.name, '3', '2', '66.7%', '1', '1 / 1', '0', expect.stringMatching(/min$/)]);
    expect(await cells('team-insights-templates')).toContainEqual([`${segment.templates[0]!.name} · ${segment.name}`, '3', '2', '66.7%', '1']);
    expect(await cells('team-insights-packs')).toContainEqual(['RevOps push 1.0.0 · all segments', '3', '2', '66.7%', '1', '1 / 1', '0', expect.stringMatching(/min$/)]);
    expect(await card.getByTestId('team-insights-reps').count()).toBe(0);
    await card.getByTestId('team-insights-per-rep-off').waitFor();

    await mSettings.getByTestId('team-per-rep-toggle').check();
    await mSettings.getByTestId('team-per-rep-save').click();
    await expect.poll(async () => (await couchAs(server.url, 'rob', 'r-pass')('GET', `${DB}/settings`)).body.showPerRep, { timeout: 20_000 }).toBe(true);
    await card.getByTestId('team-insights-reps').waitFor({ timeout: 20_000 });
    expect(await cells('team-insights-reps')).toEqual([['Rob Turner', '3', '2', '66.7%', '1', '1', '1 / 1', '0', expect.stringMatching(/min$/)]]);
    // The rep sees marketing's choice read-only.
    await expect.poll(() => rSettings.getByTestId('team-per-rep').getAttribute('data-on'), { timeout: 20_000 }).toBe('true');

    const [file] = await Promise.all([insights.waitForEvent('download'), card.getByTestId('team-insights-export').click()]);
    const saved = join(mkdtempSync(join(tmpdir(), 'segue-team-csv-')), file.suggestedFilename());
    await file.saveAs(saved);
    const csv = readFileSync(saved, 'utf8');
    expect(csv).toMatch(/\r\nsegment,[^\r\n]*,,3,2,66\.7,1,,1,1,0,/);
    expect(csv).toMatch(/\r\npack,RevOps push,1\.0\.0,3,2,66\.7,1,,1,1,0,/);
    expect(csv).toMatch(/\r\nrep,rob,,3,2,66\.7,1,1,1,1,0,/);

    await card.scrollIntoViewIfNeeded();
    await bothSchemes(insights, 'team-offline-2-marketing-team-insights', card);
    await mSettings.getByTestId('team-per-rep').scrollIntoViewIfNeeded();
    await bothSchemes(mSettings, 'team-offline-3-marketing-per-rep-switch', mSettings.getByTestId('team-admin'));
    await insights.close();
  }, 120_000);
});
