// The 400-pixel popup never scrolls sideways, whatever a page calls a person: every popup screen (home with the
// recent list, pick a person, review, prospect with each message channel, call) is measured in real Chromium with
// long unbroken names, titles, companies and addresses, in light and dark, with screenshots to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servePage } from './pages';
import { startSegue, type Segue } from './segue';

const TEAM_URL = 'https://www.wolfeschlegel-industries.example/about/team';
const NAME = 'Bartholomew-Maximilian Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschafers';
const OTHER = 'Anastasiya-Konstantinopolskaya Vasilyevna-Rimsky-Korsakovskayaovichenkovanderbiltsson';
const TITLE = 'Senior Vice President of Global Revenue Operations, Strategic Partnerships and Channel Enablement (EMEA/APAC/LATAM) Supercalifragilisticexpialidociousgrowthhackingevangelist';
const COMPANY = 'Internationalebusinessmachinesandverylongcompanynamewithoutanyspaces GmbH & Co. KGaA';
const EMAIL = 'bartholomew.maximilian.wolfeschlegelsteinhausenbergerdorff@internationalebusinessmachinesandverylongcompanyname.example.com';
const LINKEDIN = 'https://www.linkedin.com/in/bartholomew-maximilian-wolfeschlegelsteinhausenbergerdorff-1234567890abcdef';

const person = (name: string, email: string) => ({
  '@type': 'Person', name, jobTitle: TITLE, worksFor: { '@type': 'Organization', name: COMPANY }, email, telephone: '+1 202-555-0147',
  sameAs: [LINKEDIN], address: { '@type': 'PostalAddress', addressLocality: 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch', addressCountry: 'GB' },
});

const TEAM_PAGE = `<!doctype html><html><head><title>Our team</title>
<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org', '@graph': [person(NAME, EMAIL), person(OTHER, `anastasiya.${'k'.repeat(60)}@example.org`)],
})}</script></head><body><h1>Our team</h1><p>${NAME}</p><p>${OTHER}</p></body></html>`;

/** The popup's width (popup.css). Chrome widens the popup window to fit wider content, so the window's own width
 *  proves nothing: what counts is whether anything reaches past these 400 pixels. */
const POPUP_WIDTH = 400;

interface Fit { windowWidth: number; scrollWidth: number; bodyScrollWidth: number; offenders: string[] }

/** Sideways overflow: the document's scroll widths, and every element or piece of text reaching past the popup's
 *  right edge that no fitting scroll container of its own holds (the popup's overflow-x: hidden would only hide it). */
function measure(popup: Page, width = POPUP_WIDTH): Promise<Fit> {
  return popup.evaluate((width) => {
    const root = document.documentElement;
    const offenders: string[] = [];
    // Elements, and text: an unbreakable word spills out of a box that itself fits.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node instanceof Element ? node : node.parentElement;
      if (!el) continue;
      let r: DOMRect;
      if (node instanceof Element) r = node.getBoundingClientRect();
      else {
        const range = document.createRange();
        range.selectNodeContents(node);
        r = range.getBoundingClientRect();
      }
      if (r.width === 0 || r.height === 0 || (r.right <= width + 0.5 && r.left >= -0.5)) continue;
      let held = false;
      for (let box = node instanceof Element ? el.parentElement : el; box && box !== document.body; box = box.parentElement) {
        if (getComputedStyle(box).overflowX === 'visible') continue;
        held = box.getBoundingClientRect().right <= width + 0.5;
        break;
      }
      if (!held) offenders.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(r.right)} "${(el.textContent ?? '').trim().slice(0, 50)}"`);
    }
    return { windowWidth: root.clientWidth, scrollWidth: root.scrollWidth, bodyScrollWidth: document.body.scrollWidth, offenders };
  }, width);
}

async function expectFits(popup: Page, screen: string) {
  const fit = await measure(popup);
  // The window may be a scrollbar's width wider than the popup (Chrome keeps room for one when it scrolls down).
  const got = { screen, bodyScrollWidth: fit.bodyScrollWidth, offenders: fit.offenders.slice(0, 8), windowFits: fit.windowWidth <= POPUP_WIDTH + 20 };
  expect(got).toEqual({ screen, bodyScrollWidth: POPUP_WIDTH, offenders: [], windowFits: true });
  expect(fit.scrollWidth).toBeLessThanOrEqual(fit.windowWidth);
}

let segue: Segue;

beforeAll(async () => {
  segue = await startSegue();
  await servePage(segue.context, TEAM_URL, TEAM_PAGE);
});

afterAll(async () => {
  await segue?.close();
});

describe.each(['light', 'dark'] as const)('the popup fits 400 pixels (%s)', (scheme) => {
  it('on every screen, with long hostile names, titles and addresses', async () => {
    const page = await segue.context.newPage();
    await page.goto(TEAM_URL);
    const popup = await segue.openPopup(page);
    await popup.emulateMedia({ colorScheme: scheme });
    const shot = (name: string) => segue.screenshot(popup, `fit-${scheme}-${name}`);

    await popup.getByTestId('capture').waitFor();
    await expectFits(popup, 'home');
    await shot('1-home');

    await popup.getByTestId('capture').click();
    // Two people on the page: the rep picks one first.
    await popup.getByText('2 people on this page').waitFor();
    await expectFits(popup, 'pick');
    await shot('2-pick');
    await popup.getByRole('button', { name: new RegExp(`^${OTHER.slice(0, 20)}`) }).click();
    const review = popup.getByRole('form', { name: 'Review before saving' });
    await review.waitFor();
    await expectFits(popup, 'review');
    await shot('3-review');

    await review.getByRole('button', { name: 'Save prospect' }).click();
    await popup.getByTestId('prospect-view').waitFor();
    await popup.getByRole('button', { name: /^Why/ }).first().click();
    await popup.locator('ul.reasons').first().waitFor();
    await expectFits(popup, 'prospect');
    await shot('4-prospect');
    const tabs = popup.getByTestId('messages').getByRole('tab');
    for (let i = 0; i < (await tabs.count()); i++) {
      await tabs.nth(i).click();
      await expectFits(popup, `message ${await tabs.nth(i).textContent()}`);
    }

    await popup.getByTestId('log-call').click();
    await popup.getByTestId('call-view').waitFor();
    await expectFits(popup, 'call');
    await shot('5-call');
    await segue.send('call.discard', {});
    await popup.close();

    // Home again, now listing the saved prospect among the recent ones.
    const again = await segue.openPopup(page);
    await again.emulateMedia({ colorScheme: scheme });
    await again.getByTestId('prospect-list').waitFor();
    await expectFits(again, 'home with recent prospects');
    await segue.screenshot(again, `fit-${scheme}-6-home-recent`);
    await again.close();
    await page.close();
  });
});

/** Firefox opens its sidebar about 250 pixels wide; Chrome's side panel can be dragged as narrow as 320. */
const SIDEBAR_WIDTH = 250;

describe('the side panel fits a narrow sidebar', () => {
  it(`shows a call at ${SIDEBAR_WIDTH} pixels with nothing cut off at the right`, async () => {
    const call = (await segue.send('call.start', { phone: '+1 202-555-0147' })) as { phone?: string };
    expect(call.phone).toBeTruthy();
    const panel = await segue.openPage('src/ui/sidepanel/index.html');
    await panel.setViewportSize({ width: SIDEBAR_WIDTH, height: 800 });
    await panel.getByTestId('call-view').waitFor();
    const fit = await measure(panel, SIDEBAR_WIDTH);
    await segue.screenshot(panel, 'fit-sidebar-call');
    expect(fit.offenders.slice(0, 8)).toEqual([]);
    expect(fit.scrollWidth).toBeLessThanOrEqual(fit.windowWidth);
    await segue.send('call.discard', {});
    await panel.close();
  });
});
