// The dashboard fits 1280 × 800 with long data: no page scrolls sideways, the insights tables scroll inside their
// card with the first column sticky, and the segment editor is split into sections (Who, Talking points, Messages,
// Preview) whose rule summary expands into the rules builder. Real Chromium, light and dark, with screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, isSerious } from './axe';
import { amaraDraft } from './drafts';
import { startSegue, type Segue, DASHBOARD_PAGES } from './segue';

const LONG_NAME = 'Bartholomew-Maximilian Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschafers';
const LONG_TITLE = 'Senior Vice President of Global Revenue Operations, Strategic Partnerships and Channel Enablement (EMEA/APAC/LATAM)';
const LONG_COMPANY = 'Internationalebusinessmachinesandverylongcompanynamewithoutanyspaces GmbH & Co. KGaA';
const LONG_EMAIL = 'bartholomew.maximilian.wolfeschlegelsteinhausenbergerdorff@internationalebusinessmachinesandverylongcompanyname.example.com';
const LONG_SEGMENT = 'Revenueoperationsleadersatinternationalmanufacturingconglomerateswithoutspaces in EMEA and APAC';

let segue: Segue;
let prospectId = '';

beforeAll(async () => {
  segue = await startSegue();
  const draft = amaraDraft();
  draft.fields = {
    ...draft.fields, fullName: LONG_NAME, firstName: 'Bartholomew-Maximilian', lastName: 'Wolfeschlegelsteinhausenbergerdorff',
    title: LONG_TITLE, company: LONG_COMPANY, emails: [LONG_EMAIL], tags: ['enterprise-strategic-account-tier-one-priority'] as never[],
    notes: 'Met at the conference; wants a follow-up about the Internationalebusinessmachinesandverylongcompanyname rollout.',
  };
  draft.source = { ...draft.source, url: 'https://events.example.com/speakers/bartholomew-maximilian-wolfeschlegelsteinhausenbergerdorff' };
  const saved = await segue.send<{ prospect: { id: string } }>('prospects.save', { draft });
  prospectId = saved.prospect.id;
  // A segment with a long unbroken name, so the insights tables and the segment list carry it.
  const [starter] = await segue.table<Record<string, unknown>>('segments');
  await segue.send('segments.save', { segment: { ...starter, id: 'long-segment', name: LONG_SEGMENT, priority: 99 } });
  // Logged against a template, so the per-template table has a row (with the long segment name in it).
  const templates = starter!.templates as Array<{ id: string }>;
  await segue.send('call.start', { prospectId, segmentId: 'long-segment', templateId: templates[0]!.id, replace: true });
  await segue.send('call.update', { patch: { outcome: 'meeting_booked', notes: `Talked through the ${LONG_COMPANY} rollout`, nextStep: 'Send the proposal', followUpAt: Date.now() + 86_400_000 } });
  await segue.send('call.save', {});
});

afterAll(async () => {
  await segue?.close();
});

async function openDashboard(hash: string, scheme: 'light' | 'dark'): Promise<Page> {
  const page = await segue.openPage(`src/ui/options/index.html${hash}`);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.locator('main').waitFor();
  await page.waitForTimeout(400);
  return page;
}

/** The document's sideways overflow, and the widest elements causing it. */
function sideways(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const offenders: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= width + 0.5) continue;
      let held = false;
      for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
        if (getComputedStyle(box).overflowX === 'visible') continue;
        held = box.getBoundingClientRect().right <= width + 0.5;
        break;
      }
      if (!held) offenders.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(r.right)}`);
    }
    return { scrollWidth: root.scrollWidth, clientWidth: width, offenders: offenders.slice(0, 6) };
  });
}

async function expectNoSidewaysScroll(page: Page, name: string) {
  const fit = await sideways(page);
  expect({ name, fits: fit.scrollWidth <= fit.clientWidth, offenders: fit.offenders }, JSON.stringify(fit)).toEqual({ name, fits: true, offenders: [] });
}

const PAGES = DASHBOARD_PAGES;

describe.each(['light', 'dark'] as const)('the dashboard fits 1280 × 800 (%s)', (scheme) => {
  it('no dashboard page scrolls sideways, with long names, titles, companies and addresses', async () => {
    const overflowing: string[] = [];
    for (const [name, hash] of PAGES) {
      const page = await openDashboard(hash.replace(':id', prospectId), scheme);
      const fit = await sideways(page);
      if (fit.scrollWidth > fit.clientWidth || fit.offenders.length) overflowing.push(`${name}: ${JSON.stringify(fit)}`);
      await page.close();
    }
    expect(overflowing).toEqual([]);
  });

  it('the insights tables scroll inside their card, with the first column sticky', async () => {
    const page = await openDashboard('#/insights', scheme);
    for (const testId of ['insights-segments', 'insights-templates']) {
      const table = page.getByTestId(testId);
      await table.waitFor();
      const info = await table.evaluate((el) => {
        const wrap = el.parentElement!;
        const card = wrap.closest('.card')!;
        const first = el.querySelector('tbody th')!;
        const before = first.getBoundingClientRect().left;
        wrap.scrollLeft = wrap.scrollWidth;
        const after = first.getBoundingClientRect().left;
        const scrolled = wrap.scrollLeft > 0;
        wrap.scrollLeft = 0;
        const cardBox = card.getBoundingClientRect();
        const wrapBox = wrap.getBoundingClientRect();
        return {
          wrapInsideCard: wrapBox.right <= cardBox.right + 0.5 && wrapBox.left >= cardBox.left - 0.5,
          overflowX: getComputedStyle(wrap).overflowX,
          scrolls: wrap.scrollWidth > wrap.clientWidth,
          scrolled,
          firstColumnPosition: getComputedStyle(first).position,
          firstColumnStays: Math.abs(after - before) < 1,
          headPosition: getComputedStyle(el.querySelector('thead th')!).position,
          firstColumnOpaque: getComputedStyle(first).backgroundColor !== 'rgba(0, 0, 0, 0)',
        };
      });
      expect(info.wrapInsideCard, testId).toBe(true);
      expect(info.overflowX, testId).toBe('auto');
      expect(info.firstColumnPosition, testId).toBe('sticky');
      expect(info.headPosition, testId).toBe('sticky');
      expect(info.firstColumnOpaque, testId).toBe(true);
      // When the table is wider than its card it scrolls, and the first column stays where it was.
      if (info.scrolls) expect({ scrolled: info.scrolled, stays: info.firstColumnStays }, testId).toEqual({ scrolled: true, stays: true });
    }
    await expectNoSidewaysScroll(page, 'insights');
    expect(describeViolations((await axeViolations(page)).filter(isSerious))).toEqual([]);
    await segue.screenshot(page, `dashboard-fit-${scheme}-insights`);
    await page.close();
  });

  it('the segment editor is split into sections, each fitting and screenshotted', async () => {
    const page = await openDashboard('#/segments/sales-leaders-saas', scheme);
    const tabs = page.getByRole('tablist', { name: 'Segment sections' }).getByRole('tab');
    await expect.poll(() => tabs.allTextContents()).toEqual(['Who', 'Talking points', 'Messages', 'Preview']);
    for (let i = 0; i < 4; i++) {
      await tabs.nth(i).click();
      await expect.poll(() => tabs.nth(i).getAttribute('aria-selected')).toBe('true');
      const panel = page.getByRole('tabpanel');
      await expect.poll(() => panel.count()).toBe(1);
      await expectNoSidewaysScroll(page, `segment editor section ${i + 1}`);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height, `section ${i + 1} height`).toBeLessThan(5000);
      expect(describeViolations((await axeViolations(page)).filter(isSerious)), `axe, section ${i + 1}`).toEqual([]);
      await segue.screenshot(page, `dashboard-fit-${scheme}-segment-${i + 1}-${(await tabs.nth(i).textContent())!.toLowerCase().replace(/\s+/g, '-')}`);
    }
    await page.close();
  });
});

describe('the rules builder in real Chromium', () => {
  it('the summary expands into the builder; a rule added and saved shows in the summary', async () => {
    const page = await openDashboard('#/segments/sales-leaders-saas', 'light');
    const summary = page.getByTestId('rule-summary');
    await summary.waitFor();
    const before = (await summary.textContent()) ?? '';
    expect(before).toMatch(/Seniority/);
    expect(before).toMatch(/\+\d+/);
    // The builder is folded away until the rep asks for it.
    expect(await page.getByTestId('rule-group').first().isVisible()).toBe(false);
    await page.getByTestId('edit-rules').click();
    const root = page.getByTestId('rule-group').first();
    await root.waitFor();
    const rulesBefore = await root.locator(':scope > ol > li').count();
    await root.getByTestId('add-rule').last().click();
    expect(await root.locator(':scope > ol > li').count()).toBe(rulesBefore + 1);
    const added = root.locator(':scope > ol > li').last();
    await added.getByRole('combobox').first().selectOption('tag');
    await added.getByRole('textbox').first().fill('conference-lead');
    await page.getByTestId('segment-save').click();
    await page.getByText(/saved/i).first().waitFor();
    await page.getByTestId('edit-rules').click();
    await expect.poll(async () => (await page.getByTestId('rule-summary').textContent()) ?? '').toMatch(/conference-lead/);
    await page.evaluate(() => scrollTo(0, 0));
    await segue.screenshot(page, 'dashboard-fit-light-rules-summary-after-save');

    // Saved for real: a fresh page shows the new rule in the summary.
    const fresh = await openDashboard('#/segments/sales-leaders-saas', 'light');
    await expect.poll(async () => (await fresh.getByTestId('rule-summary').textContent()) ?? '').toMatch(/conference-lead/);
    await fresh.close();
    await page.close();
  });

  it('a section holding a validation error is marked, and the error is reachable', async () => {
    const page = await openDashboard('#/segments/sales-leaders-saas', 'light');
    await page.getByRole('tab', { name: /Messages/ }).click();
    await page.getByTestId('template-body').first().fill('');
    await page.getByRole('tab', { name: /^Who/ }).click();
    await page.getByTestId('segment-save').click();
    const messagesTab = page.getByRole('tab', { name: /Messages/ });
    await expect.poll(() => messagesTab.getAttribute('data-has-issues')).toBe('true');
    expect(await page.getByRole('tab', { name: /^Who/ }).getAttribute('data-has-issues')).toBe('false');
    // The summary's entry leads to the section with the field.
    await page.getByTestId('issues-summary').getByRole('button').first().click();
    await expect.poll(() => messagesTab.getAttribute('aria-selected')).toBe('true');
    expect(describeViolations((await axeViolations(page)).filter(isSerious))).toEqual([]);
    await page.evaluate(() => scrollTo(0, 0));
    await segue.screenshot(page, 'dashboard-fit-light-segment-error');
    await page.close();
  });
});
