// Marketing's side of team sync in real Chromium, two browser profiles (marketing and a rep) and the CouchDB-
// compatible test server: marketing edits the team list and the privacy setting, publishes a pack and hands a
// prospect to the rep, all from the dashboard; the rep sees the pack without a reload, the hand-off on the toolbar
// badge and in the popup, accepts, and marketing sees "accepted"; the rep's call reaches the server with what the
// privacy setting allows, and marketing's team insights count it; a conflict no rule settles is shown to the rep.
// Stand-in, as in team.e2e.ts: the server's site is allowed in Chrome's Site access first, so Segue's
// permissions.request for it is granted without the prompt (which a test cannot click).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { DEMO_PAGES } from '../../src/tools/demo-sites';
import type { TeamServer } from '../support/team-server/team-server';
import { startTeam } from '../support/team-server/team-fixture';
import { couchAs } from '../support/team-server/couch-as';
import { amaraDraft } from './drafts';
import { SCREENSHOTS, startSegue, type Segue } from './segue';
import { allowTeamServer, joinAsMarketingWithTeamList, joinTeamForm, openTeamSettings } from './team-flows';

const DB = 'acme-publish';
let server: TeamServer;
let marketing: Segue;
let rep: Segue;
let mSettings: Page;
let rSettings: Page;
let amaraId = '';

const admin = () => couchAs(server.url, server.admin, server.password);

async function badgeText(segue: Segue): Promise<string> {
  const worker = await segue.serviceWorker();
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}

/** Light and dark screenshots: of the part that is new when `part` is given, else of the whole page. */
async function bothSchemes(segue: Segue, page: Page, name: string, part?: Locator) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    if (part) await part.screenshot({ path: join(SCREENSHOTS, `${name}-${scheme}.png`), animations: 'disabled' });
    else await segue.screenshot(page, `${name}-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

beforeAll(async () => {
  server = await startTeam(DB);
  marketing = await startSegue({ teamServer: server.url });
  rep = await startSegue({ teamServer: server.url });
  await allowTeamServer(marketing, server.url);
  await allowTeamServer(rep, server.url);
  ({ prospect: { id: amaraId } } = await marketing.send<{ prospect: { id: string } }>('prospects.save', { draft: amaraDraft() }));
}, 120_000);

afterAll(async () => {
  await rep?.close();
  await marketing?.close();
  await server?.stop();
});

describe('marketing publishes to the team from the dashboard', () => {
  it('marketing edits the team list and the privacy setting; the rep sees both read-only', async () => {
    mSettings = await joinAsMarketingWithTeamList(marketing, server.url, DB);
    await mSettings.getByTestId('team-privacy-name-company').check();
    await mSettings.getByTestId('team-privacy-save').click();
    const maria = couchAs(server.url, 'maria', 'm-pass');
    await expect.poll(async () => (await maria('GET', `${DB}/team`)).body.members, { timeout: 20_000 }).toEqual([
      { name: 'maria', role: 'marketing', displayName: 'Maria Lopez', email: 'maria@example.com' },
      { name: 'rob', role: 'rep', displayName: 'Rob Turner', email: 'rob@example.com' },
    ]);
    await expect.poll(async () => (await maria('GET', `${DB}/settings`)).body, { timeout: 20_000 }).toMatchObject({ type: 'settings', privacy: 'name-company', updatedBy: 'maria' });
    await mSettings.getByTestId('team-admin').scrollIntoViewIfNeeded();
    await bothSchemes(marketing, mSettings, 'team-publish-1-marketing-team-list', mSettings.getByTestId('team-section'));

    rSettings = await openTeamSettings(rep);
    await joinTeamForm(rSettings, server.url, DB, 'rob', 'r-pass');
    await rSettings.getByTestId('team-connected').waitFor({ timeout: 30_000 });
    await expect.poll(() => rSettings.getByTestId('team-role').getAttribute('data-role'), { timeout: 20_000 }).toBe('rep');
    const readOnly = rSettings.getByTestId('team-list-readonly');
    await expect.poll(() => readOnly.textContent(), { timeout: 20_000 }).toBe('Maria Lopez · MarketingRob Turner · Rep · receives hand-offs');
    expect(await rSettings.getByTestId('team-list-editor').count()).toBe(0);
    await expect.poll(() => rSettings.getByTestId('team-privacy-current').getAttribute('data-privacy'), { timeout: 20_000 }).toBe('name-company');
    expect(await rSettings.getByTestId('team-privacy-current').textContent()).toBe('Name and company · The prospect\'s name and company travel with each call.');
    expect(await rSettings.getByTestId('team-privacy-save').count()).toBe(0);
    // The rep's own hand-off team editor gives way to the server's list.
    expect(await rSettings.getByTestId('team-editor').count()).toBe(0);
    await rSettings.getByTestId('team-admin').scrollIntoViewIfNeeded();
    await bothSchemes(rep, rSettings, 'team-publish-2-rep-team-readonly', rSettings.getByTestId('team-section'));
  });

  it('marketing publishes a pack and a new version from the Packs page; the rep\'s open page shows each without a reload', async () => {
    const segments = await marketing.openPage('src/ui/options/index.html#/segments');
    const row = segments.getByTestId('segment-row').filter({ hasText: 'Revenue and sales operations' });
    await row.getByTestId('select-segment').check();
    await segments.getByTestId('export-pack').click();
    const form = segments.getByTestId('pack-export');
    await form.getByTestId('pack-name').fill('RevOps push');
    await form.getByTestId('pack-version').fill('1.0.0');
    await form.getByTestId('pack-publisher').fill('Acme marketing');
    await form.getByTestId('pack-release-notes').fill('First team pack: the RevOps segment with our Q1 talking points.');
    await form.scrollIntoViewIfNeeded();
    await bothSchemes(marketing, segments, 'team-publish-3-marketing-publish-pack', form);
    await form.getByTestId('pack-publish-team').click();
    await rSettings.getByText('RevOps push (version 1.0.0)').waitFor({ timeout: 30_000 });

    // A new version: the export form now offers the next version of the team's pack.
    await expect.poll(() => segments.getByTestId('segment-row').filter({ hasText: 'Revenue and sales operations' }).textContent(), { timeout: 20_000 }).toMatch(/RevOps push/);
    await segments.getByTestId('segment-row').filter({ hasText: 'Revenue and sales operations' }).getByTestId('select-segment').check();
    await segments.getByTestId('export-pack').click();
    const again = segments.getByTestId('pack-export');
    expect(await again.getByTestId('pack-version').inputValue()).toBe('1.1.0');
    expect(await again.getByTestId('pack-team-version').textContent()).toBe('The team has version 1.0.0');
    expect(await again.getByTestId('pack-publish-team').textContent()).toBe('Publish new version to team');
    await again.getByTestId('pack-publish-team').click();
    await rSettings.getByText('RevOps push (version 1.1.0)').waitFor({ timeout: 30_000 });
    expect((await couchAs(server.url, 'rob', 'r-pass')('GET', `${DB}/pack:revops-push`)).body).toMatchObject({ publishedBy: 'maria', pack: { version: '1.1.0' } });
    await bothSchemes(rep, rSettings, 'team-publish-4-rep-sees-pack', rSettings.getByTestId('team-section'));
    // Reps never see the button.
    const repSegments = await rep.openPage('src/ui/options/index.html#/segments');
    await repSegments.getByTestId('select-segment').first().check();
    await repSegments.getByTestId('export-pack').click();
    await repSegments.getByTestId('pack-export').waitFor();
    expect(await repSegments.getByTestId('pack-publish-team').count()).toBe(0);
    await repSegments.close();
    await segments.close();
  });

  it('marketing hands a prospect to the rep; the badge and popup show it; the rep accepts and marketing sees "accepted"', async () => {
    const detail = await marketing.openPage(`src/ui/options/index.html#/prospects/${amaraId}`);
    await detail.getByTestId('handoff-open').click();
    const form = detail.getByTestId('handoff-form');
    expect(await form.getByTestId('handoff-owner').locator('option').allTextContents()).toEqual(['Rob Turner']);
    expect(await form.getByTestId('handoff-via-team').textContent()).toMatch(/^Rob Turner gets this through the team server/);
    await form.getByTestId('handoff-note-input').fill('Asked for pricing for 40 seats at the webinar. Lead with pipeline visibility.');
    await bothSchemes(marketing, detail, 'team-publish-5-marketing-hand-to-sales', detail.getByTestId('handoff-starter'));
    await form.getByTestId('handoff-submit').click();

    const rob = couchAs(server.url, 'rob', 'r-pass');
    const handoffId = await expect.poll(async () => {
      const rows = (await rob('GET', `${DB}/_all_docs?startkey=%22handoff:%22&endkey=%22handoff:%EF%BF%BF%22`)).body.rows as { id: string }[];
      return rows.length;
    }, { timeout: 30_000 }).toBe(1).then(async () => ((await rob('GET', `${DB}/_all_docs?startkey=%22handoff:%22&endkey=%22handoff:%EF%BF%BF%22`)).body.rows as { id: string }[])[0]!.id);
    expect((await rob('GET', `${DB}/${handoffId}`)).body).toMatchObject({ from: 'maria', owner: 'rob', state: 'offered', handoff: { owner: { name: 'Rob Turner', email: 'rob@example.com' } } });

    await expect.poll(() => badgeText(rep), { timeout: 30_000 }).toBe('1');
    const page = await rep.context.newPage();
    await page.goto(DEMO_PAGES[1]!.url);
    const popup = await rep.openPopup(page);
    const handed = popup.getByTestId('handed-to-you');
    await expect.poll(() => handed.textContent(), { timeout: 20_000 }).toMatch(/^Handed to you \(1\)Amara OkaforFrom Maria Lopez: Asked for pricing/);
    await bothSchemes(rep, popup, 'team-publish-6-rep-popup-handed');
    await handed.getByTestId('handed-item').click();
    const view = popup.getByTestId('handoff-view');
    await view.getByTestId('handoff-accept').click();
    await expect.poll(() => view.getByTestId('handoff-state').textContent()).toBe('Accepted');
    await expect.poll(() => badgeText(rep)).toBe('');
    await popup.close().catch(() => undefined);
    await page.close();

    // The rep's Accept travels back through the server (the rep's dashboard is open), and marketing sees it.
    await expect.poll(async () => (await rob('GET', `${DB}/${handoffId}`)).body.state, { timeout: 30_000 }).toBe('accepted');
    const prospects = await marketing.openPage('src/ui/options/index.html#/prospects');
    const row = prospects.getByTestId('handoffs-card').getByTestId('handoff-row').first();
    await expect.poll(() => row.textContent(), { timeout: 30_000 }).toMatch(/^Amara OkaforRob TurnerAccepted/);
    expect(await prospects.getByTestId('handoff-file-hint').textContent()).toMatch(/^Hand-offs to people on your team list travel through the team server/);
    await prospects.getByTestId('handoffs-card').scrollIntoViewIfNeeded();
    await bothSchemes(marketing, prospects, 'team-publish-7-marketing-sees-accepted', prospects.getByTestId('handoffs-card'));
    await prospects.close();
    await detail.close();
  }, 120_000);

  it('the rep\'s call reaches the server with only the name and company, and marketing\'s team insights count it', async () => {
    // The call is logged with the segment marketing's hand-off named, as the popup does once it is open.
    const handoff = (await rep.table<{ prospectId: string; segmentId?: string }>('handoffs')).find((h) => h.prospectId === amaraId)!;
    expect(handoff.segmentId).toBeTruthy();
    await rep.send('call.start', { prospectId: amaraId, segmentId: handoff.segmentId, replace: true });
    await rep.send('call.update', { patch: { outcome: 'meeting_booked', notes: 'Private: she mentioned the budget owner by name' } });
    await rep.send('call.save', {});
    const maria = couchAs(server.url, 'maria', 'm-pass');
    const robCalls = async () => ((await maria('GET', `${DB}/_all_docs?include_docs=true&startkey=%22activity:rob:%22&endkey=%22activity:rob:%EF%BF%BF%22`)).body.rows as { doc: Record<string, unknown> }[])
      .map((r) => r.doc).filter((d) => d.kind === 'call');
    const activity = await expect.poll(async () => (await robCalls()).length, { timeout: 30_000 }).toBe(1).then(async () => (await robCalls())[0]!);
    expect(activity).toMatchObject({ type: 'activity', user: 'rob', outcome: 'meeting_booked', prospect: { fullName: 'Amara Okafor', company: 'Brightwave Analytics' } });
    expect(Object.keys(activity.prospect as object).sort()).toEqual(['company', 'fullName']);
    expect(activity.segmentId).toBe(handoff.segmentId);
    expect(JSON.stringify(activity)).not.toMatch(/budget owner|amara\.okafor@|\+1/);

    const insights = await marketing.openPage('src/ui/options/index.html#/insights');
    const totals = insights.getByTestId('team-insights-totals');
    await expect.poll(() => totals.textContent(), { timeout: 30_000 }).toMatch(/^1Calls1Reps reporting100%Connect rate1Meetings booked\d+Stage changes1 \/ 1Hand-offs accepted0Hand-offs returned.+Time to first call$/);
    expect(await insights.getByTestId('team-insights-segments').textContent()).toMatch(/Sales leaders at B2B SaaS scale-ups/);
    await insights.getByTestId('team-insights').scrollIntoViewIfNeeded();
    await bothSchemes(marketing, insights, 'team-publish-8-marketing-team-insights', insights.getByTestId('team-insights'));
    // Marketing's own hand-off insights count the rep's Accept that came back through the server.
    const handoffs = insights.getByTestId('handoff-insights').getByTestId('handoff-insights-segments');
    await expect.poll(() => handoffs.getByTestId('handoff-insights-row').first().textContent(), { timeout: 20_000 }).toMatch(/^All hand-offs110/);
    await insights.close();
  }, 90_000);

  it('a team list conflict no rule settles is shown to the rep with what to do, and marketing\'s next save clears it', async () => {
    // A second revision of the team list made elsewhere, from the same parent: a real conflict on the server.
    const current = (await admin()('GET', `${DB}/team?revs=true`)).body as { _rev: string; _revisions: { start: number; ids: string[] } } & Record<string, unknown>;
    const { _rev: _r, _revisions: revisions, ...doc } = current;
    const other = 'c'.repeat(32);
    const put = await admin()('POST', `${DB}/_bulk_docs`, {
      new_edits: false,
      docs: [{ ...doc, members: [{ name: 'maria', role: 'marketing' }, { name: 'rob', role: 'rep' }, { name: 'rita', role: 'rep' }], _rev: `${revisions.start}-${other}`, _revisions: { start: revisions.start, ids: [other, ...revisions.ids.slice(1)] } }],
    });
    expect(put.status).toBe(201);
    expect((await admin()('GET', `${DB}/team?conflicts=true`)).body._conflicts).toHaveLength(1);

    const conflicts = rSettings.getByTestId('team-conflicts');
    await conflicts.waitFor({ timeout: 30_000 });
    expect(await conflicts.textContent()).toMatch(/Two marketers changed the team list while apart.*What to do: nothing is lost/);
    await conflicts.scrollIntoViewIfNeeded();
    await bothSchemes(rep, rSettings, 'team-publish-9-rep-conflict', rSettings.getByTestId('team-section'));
    await mSettings.getByTestId('team-conflicts').waitFor({ timeout: 30_000 });
    await bothSchemes(marketing, mSettings, 'team-publish-10-marketing-conflict', mSettings.getByTestId('team-conflicts'));

    await mSettings.getByTestId('team-list-save').click();
    await conflicts.waitFor({ state: 'detached', timeout: 30_000 });
    expect((await admin()('GET', `${DB}/team?conflicts=true`)).body._conflicts ?? []).toEqual([]);
  }, 90_000);
});
