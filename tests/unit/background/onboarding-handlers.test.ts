// The first-run setup: sender and offer saved with Settings' checks; another playbook replaces the segments and
// re-matches prospects; install opens the setup in a tab, an update does not.
import browser from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { prospectsRepo, segmentsRepo, settingsRepo } from '../../../src/db/default-database';
import { defaultSettings } from '../../../src/db/settings-repo';
import { onInstalled } from '../../../src/background/install';
import { starterSegments } from '../../../src/domain/segments/starter-segments';
import { clearDatabase, dispatch, seedProspects } from '../../support/dashboard/dashboard-harness';

beforeEach(clearDatabase);

const sender = { ...defaultSettings().sender, name: 'Sam Rivera', title: 'Account Executive', meetingLink: 'https://cal.example.com/sam' };
const offer = { name: ' Ledgerly ', problem: 'month-end close that takes two weeks', proofs: ['Acme closes in 3 days', ' ', 'SOC 2'], playbook: '' };

describe('onboarding.save', () => {
  it('saves the sender and the tidied offer, keeping the segments when the playbook is unchanged', async () => {
    await segmentsRepo().resetToStarterSet(starterSegments());
    const result = await dispatch('onboarding.save', { sender, offer: { ...offer, playbook: 'b2b-software' } });
    expect(result).toMatchObject({ segmentsReplaced: 0, offer: { name: 'Ledgerly', proofs: ['Acme closes in 3 days', 'SOC 2'], playbook: 'b2b-software' } });
    expect(await settingsRepo().get('offer')).toEqual(result.offer);
    expect((await settingsRepo().get('sender')).name).toBe('Sam Rivera');
    expect((await segmentsRepo().list()).map((s) => s.id).sort()).toEqual(starterSegments().map((s) => s.id).sort());
  });

  it('replaces the segments with another playbook\'s and matches prospects again; "Reset to starter set" then keeps that playbook', async () => {
    await segmentsRepo().resetToStarterSet(starterSegments());
    const [seeded] = await seedProspects(3, () => ({ title: 'Head of Marketing', seniority: 'head', department: 'marketing', companySize: 400, emails: ['priya@brightwell.example'] }));
    const result = await dispatch('onboarding.save', { sender, offer: { ...offer, playbook: 'agency-recruiting' } });
    const ids = starterSegments('agency-recruiting').map((s) => s.id);
    expect(result.segmentsReplaced).toBe(ids.length);
    expect((await segmentsRepo().list()).map((s) => s.id).sort()).toEqual([...ids].sort());
    expect((await prospectsRepo().get(seeded!.id))!.segmentIds).toContain('marketing-leaders-agency');
    await dispatch('segments.resetStarter', {});
    expect((await segmentsRepo().list()).map((s) => s.id).sort()).toEqual([...ids].sort());
  });

  it('refuses a bad meeting link or an unknown playbook and saves nothing', async () => {
    await expect(dispatch('onboarding.save', { sender: { ...sender, meetingLink: 'cal.example.com' }, offer })).rejects.toThrow(/https:\/\//);
    await expect(dispatch('onboarding.save', { sender, offer: { ...offer, playbook: 'nope' } })).rejects.toThrow(/no starter playbook "nope"/);
    expect(await settingsRepo().get('offer')).toEqual(defaultSettings().offer);
    expect((await settingsRepo().get('sender')).name).toBe('');
  });
});

describe('install', () => {
  beforeEach(() => { vi.restoreAllMocks(); });

  it('opens the first-run setup on install only', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    await onInstalled('update');
    expect(create).not.toHaveBeenCalled();
    await onInstalled('install');
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/src\/ui\/options\/index\.html#\/welcome$/) });
  });

  it('opens it once: an install over data the rep already has (Chrome reinstalls a command-line-loaded extension at every start) opens nothing', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    await onInstalled('install');
    await onInstalled('install');
    expect(create).toHaveBeenCalledTimes(1);
    expect((await settingsRepo().get('onboarding')).welcomeSeen).toBe(true);
  });
});
