// Capturing from real-looking site pages in real Chromium, through the real toolbar popup: a LinkedIn profile, a
// GitHub user, a Gmail message and a team page (pick one person). Each page is served at its real URL; capturing
// the same person twice merges into one prospect; a LinkedIn company page offers a company, never a person.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { servePage } from './pages';
import { SCREENSHOTS, startSegue, type Segue } from './segue';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

interface Expected {
  name: string;
  firstName: string;
  lastName: string;
  title: string | null;
  company: string | null;
  location: string | null;
  emails: string[];
  phones: string[];
  website: string | null;
  profiles: Record<string, string>;
}

function expectedOf(fixture: string): Expected {
  return (JSON.parse(readFileSync(resolve(FIXTURES, `${fixture}.expected.json`), 'utf8')) as { expected: Expected }).expected;
}

interface Site {
  key: string;
  fixture: string;
  /** Where the page is served (a fragment is not part of a request, so Gmail is served at its path). */
  serveAt: string;
  /** Where the tab goes. */
  visit: string;
}

const LINKEDIN: Site = {
  key: 'linkedin', fixture: 'linkedin/signed-in-profile',
  serveAt: 'https://www.linkedin.com/in/jonas-van-der-berg-4b1a2c3d/', visit: 'https://www.linkedin.com/in/jonas-van-der-berg-4b1a2c3d/',
};
const GITHUB: Site = { key: 'github', fixture: 'github/user-full', serveAt: 'https://github.com/priyaro', visit: 'https://github.com/priyaro' };
const GMAIL: Site = {
  key: 'gmail', fixture: 'gmail/single-message',
  serveAt: 'https://mail.google.com/mail/u/0/', visit: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxyz',
};
const TEAM: Site = { key: 'team-page', fixture: 'team-page/card-grid', serveAt: 'https://northwind.example.com/team', visit: 'https://northwind.example.com/team' };
const COMPANY: Site = {
  key: 'linkedin-company', fixture: 'linkedin/company-page',
  serveAt: 'https://www.linkedin.com/company/northwind-analytics/', visit: 'https://www.linkedin.com/company/northwind-analytics/',
};

interface StoredProspect {
  id: string;
  fullName: string;
  title?: string;
  company?: string;
  emails: string[];
  phones: Array<{ number: string; label?: string }>;
  profiles: Record<string, string>;
  sources: Array<{ url: string; site: string }>;
}

let segue: Segue;

beforeAll(async () => {
  segue = await startSegue();
  for (const site of [LINKEDIN, GITHUB, GMAIL, TEAM, COMPANY]) {
    await servePage(segue.context, site.serveAt, { file: resolve(FIXTURES, `${site.fixture}.html`) });
  }
  // The pages' images live on their sites' media hosts: answer them locally (empty), as part of the fixtures.
  for (const host of ['media.licdn.example.com', 'avatars.githubusercontent.com', 'ci3.googleusercontent.com', 'northwind.example.com']) {
    await servePage(segue.context, `https://${host}/**/*.{jpg,png,svg}*`, '');
    await servePage(segue.context, `https://${host}/{u,mail-sig,dms}/**`, '');
  }
});

afterAll(async () => {
  await segue?.close();
});

beforeEach(async () => {
  // Each site starts with no prospects (the starter segments stay, as for a rep).
  const ids = (await prospects()).map((p) => p.id);
  if (ids.length) await segue.send('prospects.bulkDelete', { ids });
});

async function openSite(site: Site): Promise<Page> {
  const page = await segue.context.newPage();
  await page.goto(site.visit);
  return page;
}

/** Toolbar click → Capture; returns the popup (showing the review form, the person list, or an error). */
async function capture(page: Page): Promise<Page> {
  const popup = await segue.openPopup(page);
  await popup.getByTestId('capture').click();
  await popup.locator('form[aria-label="Review before saving"], section[aria-labelledby="pick-heading"], [data-testid="capture-error"], [data-testid="company-review"]').first().waitFor();
  return popup;
}

function reviewForm(popup: Page): Locator {
  return popup.getByRole('form', { name: 'Review before saving' });
}

/** The review form's values as the rep sees them. */
async function formValues(form: Locator) {
  const value = (label: string) => form.getByLabel(label, { exact: true }).inputValue();
  const lines = async (label: string) => (await value(label)).split('\n').filter(Boolean);
  return {
    name: await value('Full name'),
    firstName: await value('First name'),
    lastName: await value('Last name'),
    title: await value('Title'),
    company: await value('Company'),
    location: await value('Location (city, region, country)'),
    emails: await lines('Emails (one per line)'),
    // "+14155550132 (mobile)" → "+14155550132": the label is shown beside the number for the rep to check.
    phones: (await lines('Phones (one per line)')).map((line) => line.replace(/\s*\((\w+)\)$/, '')),
    website: await value('Website'),
  };
}

function expectFormMatches(values: Awaited<ReturnType<typeof formValues>>, expected: Expected) {
  expect(values).toEqual({
    name: expected.name,
    firstName: expected.firstName,
    lastName: expected.lastName,
    title: expected.title ?? '',
    company: expected.company ?? '',
    location: values.location, // checked per site: the form shows the parsed location, the fixture the page's text
    emails: expected.emails,
    phones: expected.phones,
    website: expected.website ?? '',
  });
}

/** The networks listed in the review form's Profiles block. */
/** The networks whose profile address the review holds (one input per network; LinkedIn's shows even when empty). */
async function profileNetworks(form: Locator): Promise<string[]> {
  const inputs = form.locator('input[name^="profile-"]');
  const networks: string[] = [];
  for (let i = 0; i < (await inputs.count()); i++) {
    const input = inputs.nth(i);
    if ((await input.inputValue()).trim()) networks.push((await input.getAttribute('name'))!.slice('profile-'.length));
  }
  return networks.sort();
}

/** The review form as the rep first sees it, then scrolled to its end (the popup body scrolls past 600 px). */
/**
 * The popup as the rep sees it (its window, not a "full page": the popup's body is its own scroller, which a
 * full-page capture would repeat).
 */
async function shot(popup: Page, name: string): Promise<void> {
  await popup.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

async function screenshotReview(popup: Page, name: string): Promise<void> {
  await shot(popup, name);
  const scroll = (to: 'end' | 'top') => popup.evaluate((where) => {
    for (const el of [document.scrollingElement, document.body]) el?.scrollTo(0, where === 'end' ? el.scrollHeight : 0);
  }, to);
  await scroll('end');
  await shot(popup, `${name}-end`);
  await scroll('top');
}

async function save(popup: Page): Promise<string> {
  await reviewForm(popup).getByRole('button', { name: 'Save prospect' }).click();
  await popup.getByTestId('prospect-view').waitFor();
  return (await popup.getByRole('status').first().textContent()) ?? '';
}

async function prospects(): Promise<StoredProspect[]> {
  return segue.table<StoredProspect>('prospects');
}

/**
 * Captures the same page again from a fresh popup: the home card knows the person (a team page, where the rep
 * picks one, identifies none of its people), and saving merges.
 */
async function captureAgainAndMerge(page: Page, site: Site, name: string, pick?: string): Promise<void> {
  const popup = await segue.openPopup(page);
  if (pick) {
    await popup.getByTestId('prospect-list').waitFor();
    await popup.waitForTimeout(600);
    expect(await popup.getByText(/is already in Segue\./).count()).toBe(0);
  } else {
    await popup.getByText(`${name} is already in Segue.`).waitFor();
  }
  await popup.getByTestId('capture').click();
  if (pick) {
    await popup.getByRole('heading', { name: /people on this page/ }).waitFor();
    await popup.getByRole('button', { name: new RegExp(pick) }).click();
  }
  await reviewForm(popup).waitFor();
  expect(await reviewForm(popup).getByLabel('Full name').inputValue()).toBe(name);
  const notice = await save(popup);
  // The same page again has nothing new: the popup says it merged, and that nothing changed.
  expect(notice).toBe('Already known: this page had nothing new, so the prospect is unchanged.');
  await shot(popup, `capture-${site.key}-merged`);
  const rows = await prospects();
  expect(rows.map((r) => r.fullName)).toEqual([name]);
  await popup.close();
}

describe('capturing from site pages through the toolbar popup', () => {
  it('LinkedIn profile: reads name, title and company; saves; a second capture merges', async () => {
    const expected = expectedOf(LINKEDIN.fixture);
    const page = await openSite(LINKEDIN);
    const popup = await capture(page);
    const form = reviewForm(popup);
    await form.waitFor();
    const values = await formValues(form);
    expectFormMatches(values, expected);
    expect(values.location).toBe('Amsterdam Area');
    expect(await form.locator('.badge').first().textContent()).toBe('linkedin');
    expect(await profileNetworks(form)).toEqual(['linkedin']);
    // The title guess the rep sees before saving.
    await expect.poll(() => form.getByLabel('Seniority and department guessed from the title').textContent()).toMatch(/Director/);
    await screenshotReview(popup, 'capture-linkedin');

    expect(await save(popup)).toBe('Saved as a new prospect.');
    const [row] = await prospects();
    expect(row).toMatchObject({
      fullName: 'Jonas van der Berg', title: 'Director of Partnerships', company: 'Fabrikam Data',
      profiles: { linkedin: expected.profiles.linkedin },
    });
    expect(row!.sources.map((s) => s.site)).toEqual(['linkedin']);
    await popup.close();

    await captureAgainAndMerge(page, LINKEDIN, 'Jonas van der Berg');
    await page.close();
  });

  it('GitHub user: reads name, company, email, website and every linked profile; a second capture merges', async () => {
    const expected = expectedOf(GITHUB.fixture);
    const page = await openSite(GITHUB);
    const popup = await capture(page);
    const form = reviewForm(popup);
    await form.waitFor();
    const values = await formValues(form);
    expectFormMatches(values, expected);
    expect(values.location).toBe('Lisbon, Portugal');
    expect(await profileNetworks(form)).toEqual(Object.keys(expected.profiles).sort());
    await screenshotReview(popup, 'capture-github');

    expect(await save(popup)).toBe('Saved as a new prospect.');
    const [row] = await prospects();
    expect(row).toMatchObject({ fullName: expected.name, emails: expected.emails, profiles: expected.profiles });
    const search = await segue.table<{ id: string; tokens: string[] }>('prospectSearch');
    expect(search.find((r) => r.id === row!.id)?.tokens).toEqual(expect.arrayContaining(['priya', 'priya@northwind.example.com']));
    await popup.close();

    await captureAgainAndMerge(page, GITHUB, expected.name);
    await page.close();
  });

  it('Gmail message: takes the sender from the header and the rest from the signature; a second capture merges', async () => {
    const page = await openSite(GMAIL);
    const popup = await capture(page);
    const form = reviewForm(popup);
    await form.waitFor();
    const values = await formValues(form);
    expect(values).toMatchObject({
      name: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', title: 'VP Sales', company: 'Acme Corp',
      emails: ['jane.doe@acmecorp.example.com'], phones: ['+14155550132'], website: 'https://www.acmecorp.example.com',
    });
    expect(await form.getByLabel('Phones (one per line)').inputValue()).toBe('+14155550132 (mobile)');
    expect(await form.locator('.badge').first().textContent()).toBe('gmail');
    // The signed-in user (the rep) is never taken for the prospect.
    expect(JSON.stringify(values)).not.toMatch(/whitaker/i);
    await screenshotReview(popup, 'capture-gmail');

    expect(await save(popup)).toBe('Saved as a new prospect.');
    const [row] = await prospects();
    expect(row).toMatchObject({
      fullName: 'Jane Doe', company: 'Acme Corp', emails: ['jane.doe@acmecorp.example.com'],
      phones: [expect.objectContaining({ number: '+14155550132', label: 'mobile' })],
    });
    await popup.close();

    await captureAgainAndMerge(page, GMAIL, 'Jane Doe');
    await page.close();
  });

  it('team page: lists the people, the rep picks one, saves; picking the same person again merges', async () => {
    const expected = (JSON.parse(readFileSync(resolve(FIXTURES, `${TEAM.fixture}.expected.json`), 'utf8')) as { people: number; others: Array<{ name: string }> });
    const page = await openSite(TEAM);
    const popup = await capture(page);
    await popup.getByRole('heading', { name: `${expected.people} people on this page` }).waitFor();
    const list = popup.getByRole('list', { name: `${expected.people} people on this page` });
    const names = await list.locator('li strong').allTextContents();
    expect(names).toHaveLength(expected.people);
    expect(names).toEqual(expect.arrayContaining(['Priya Raman-Okafor', ...expected.others.map((o) => o.name)]));
    await shot(popup, 'capture-team-page-pick');

    await list.getByRole('button', { name: /Priya Raman-Okafor/ }).click();
    const form = reviewForm(popup);
    await form.waitFor();
    const values = await formValues(form);
    expectFormMatches(values, expectedOf(TEAM.fixture));
    expect(await profileNetworks(form)).toEqual(['linkedin']);
    await screenshotReview(popup, 'capture-team-page');

    expect(await save(popup)).toBe('Saved as a new prospect.');
    expect((await prospects()).map((r) => r.fullName)).toEqual(['Priya Raman-Okafor']);
    await popup.close();

    await captureAgainAndMerge(page, TEAM, 'Priya Raman-Okafor', 'Priya Raman-Okafor');
    await page.close();
  });

  it('the same person from two sites (team page, then GitHub) becomes one prospect with both sources', async () => {
    const team = await openSite(TEAM);
    let popup = await capture(team);
    await popup.getByRole('button', { name: /Priya Raman-Okafor/ }).click();
    expect(await save(popup)).toBe('Saved as a new prospect.');
    await popup.close();

    const github = await openSite(GITHUB);
    popup = await capture(github);
    await reviewForm(popup).waitFor();
    expect(await save(popup)).toMatch(/^Already known: merged into the existing prospect \((1 field|\d+ fields) updated\)\.$/);
    await popup.close();

    const rows = await prospects();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sources.map((s) => s.site).sort()).toEqual(['github', 'web']);
    expect(Object.keys(rows[0]!.profiles).sort()).toEqual(['github', 'linkedin', 'mastodon', 'x']);
    await team.close();
    await github.close();
  });

  it('LinkedIn company page: offers the company for review, never a person, and saves nothing until asked', async () => {
    const page = await openSite(COMPANY);
    const popup = await capture(page);
    await popup.getByTestId('company-review').waitFor();
    expect(await popup.getByLabel('Company name').inputValue()).toBe('Northwind Analytics');
    expect(await reviewForm(popup).count()).toBe(0);
    await shot(popup, 'capture-linkedin-company');
    expect(await prospects()).toEqual([]);
    await popup.close();
    await page.close();
  });
});
