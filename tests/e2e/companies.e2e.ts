// Companies in real Chromium: a LinkedIn-like company page captured from the real toolbar popup becomes a company;
// people captured from the company's team page link to it; the dashboard lists the company and its view shows its
// people, their calls and segment fit. Screenshots in light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { startSegue, type Segue } from './segue';

const COMPANY_PAGE = 'https://www.linkedin.com/company/northwind-analytics/';
const TEAM_PAGE = 'https://northwind.example.com/team';
const ABOUT_PAGE = 'https://www.fabrikam.example.com/about-us/';

interface CompanyRow { id: string; name: string; domain?: string; industry?: string; size?: number; sizeLabel?: string; profiles: Record<string, string>; sources: Array<{ url: string }> }
interface ProspectRow { id: string; fullName: string; company?: string; companyDomain?: string; segmentIds: string[] }

let segue: Segue;

beforeAll(async () => {
  segue = await startSegue();
});

afterAll(async () => {
  await segue?.close();
});

const serious = (violations: Awaited<ReturnType<typeof axeViolations>>) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

describe('companies', () => {
  it('captures a LinkedIn-like company page as a company from the real toolbar popup', async () => {
    const page = await segue.context.newPage();
    await page.goto(COMPANY_PAGE);
    const popup = await segue.openPopup(page);
    await popup.getByTestId('capture').click();
    const review = popup.getByTestId('company-review');
    await review.waitFor();
    expect(await popup.getByLabel('Company name').inputValue()).toBe('Northwind Analytics');
    expect(await popup.getByLabel('Industry').inputValue()).toBe('Software Development');
    expect(await popup.getByLabel('Company size').inputValue()).toBe('51-200 employees');
    expect(await popup.getByLabel('Website').inputValue()).toBe('https://northwind.example.com/');
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await segue.screenshot(popup, `companies-1-popup-review-${scheme}`);
    }
    expect(serious(await axeViolations(popup))).toEqual([]);
    await popup.getByTestId('save-company').click();
    await popup.getByTestId('company-saved').waitFor();
    await segue.screenshot(popup, 'companies-2-popup-saved-dark');
    await popup.emulateMedia({ colorScheme: 'light' });
    await segue.screenshot(popup, 'companies-2-popup-saved-light');

    const [company, ...more] = await segue.table<CompanyRow>('companies');
    expect(more).toEqual([]);
    expect(company).toMatchObject({
      name: 'Northwind Analytics', domain: 'northwind.example.com', industry: 'Software Development', size: 120, sizeLabel: '51-200 employees',
      profiles: { linkedin: 'https://www.linkedin.com/company/northwind-analytics' },
    });
    await popup.close();
    await page.close();
  });

  it('links people captured from the team page to the company', async () => {
    const page = await segue.context.newPage();
    await page.goto(TEAM_PAGE);
    for (const name of ['Priya Raman-Okafor', 'Daniel Osei']) {
      const popup = await segue.openPopup(page);
      await popup.getByTestId('capture').click();
      await popup.getByTestId('pick-company').waitFor();
      expect(await popup.getByTestId('pick-company').textContent()).toContain('Northwind Analytics');
      if (name === 'Priya Raman-Okafor') {
        for (const scheme of ['light', 'dark'] as const) {
          await popup.emulateMedia({ colorScheme: scheme });
          await segue.screenshot(popup, `companies-3-team-pick-${scheme}`);
        }
      }
      await popup.getByRole('button', { name: new RegExp(name) }).click();
      expect(await popup.locator('input[name="company"]').inputValue()).toBe('Northwind Analytics');
      await popup.getByRole('button', { name: 'Save prospect' }).click();
      await popup.getByRole('heading', { name }).waitFor();
      await popup.close();
    }
    const prospects = await segue.table<ProspectRow>('prospects');
    expect(prospects.map((p) => [p.fullName, p.company, p.companyDomain]).sort()).toEqual([
      ['Daniel Osei', 'Northwind Analytics', 'northwind.example.com'],
      ['Priya Raman-Okafor', 'Northwind Analytics', 'northwind.example.com'],
    ]);
    // Saving them saved the page's company again: still one company, now also seen on its team page.
    const companies = await segue.table<CompanyRow>('companies');
    expect(companies).toHaveLength(1);
    expect([...new Set(companies[0]!.sources.map((s) => s.url))]).toEqual([COMPANY_PAGE, TEAM_PAGE]);
    await page.close();
  });

  it('shows the company in the dashboard with its people, their calls and segment fit', async () => {
    const [priya] = (await segue.table<ProspectRow>('prospects')).filter((p) => p.fullName.startsWith('Priya'));
    await segue.send('call.start', { prospectId: priya!.id });
    await segue.send('call.update', { patch: { outcome: 'meeting_booked', notes: 'Demo next Tuesday' } });
    await segue.send('call.save', {});

    const list = await segue.openPage('src/ui/options/index.html#/companies');
    await list.setViewportSize({ width: 1280, height: 800 });
    const row = list.getByTestId('companies-table').locator('tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toMatch(/Northwind Analytics.*northwind\.example\.com.*Software Development.*51-200 employees.*San Francisco, CA, US.*2/);
    for (const scheme of ['light', 'dark'] as const) {
      await list.emulateMedia({ colorScheme: scheme });
      await segue.screenshot(list, `companies-4-list-${scheme}`);
    }
    expect(serious(await axeViolations(list))).toEqual([]);

    await list.getByTestId('company-link').click();
    const view = list.getByTestId('company-view');
    await view.waitFor();
    const people = view.getByTestId('company-people');
    await expect.poll(async () => (await people.locator('tbody tr').allTextContents()).map((r) => r.replace(/\s+/g, ' '))).toEqual([
      expect.stringContaining('Daniel Osei'), expect.stringContaining('Priya Raman-Okafor'),
    ]);
    await expect.poll(() => view.getByTestId('company-calls').locator('tbody tr').count()).toBe(1);
    expect(await view.getByTestId('company-calls').textContent()).toContain('Priya Raman-Okafor');
    expect(await view.getByTestId('company-profiles').textContent()).toContain('LinkedIn');
    expect(await view.getByTestId('company-fit').textContent()).toMatch(/of 2 people|None of its people/);
    for (const scheme of ['light', 'dark'] as const) {
      await list.emulateMedia({ colorScheme: scheme });
      await segue.screenshot(list, `companies-5-company-view-${scheme}`);
    }
    expect(serious(await axeViolations(list))).toEqual([]);
    // No page scrolls sideways at 1280 × 800.
    expect(await list.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);

    // The prospect links back to its company.
    await list.goto(list.url().replace(/#.*$/, `#/prospects/${priya!.id}`));
    await list.getByTestId('prospect-company').waitFor();
    expect(await list.getByTestId('prospect-company').textContent()).toContain('Northwind Analytics');
  });

  it("captures a company's About page (schema.org Organization) as a second company", async () => {
    const page = await segue.context.newPage();
    await page.goto(ABOUT_PAGE);
    const popup = await segue.openPopup(page);
    await popup.getByTestId('capture').click();
    await popup.getByTestId('company-review').waitFor();
    expect(await popup.getByLabel('Company name').inputValue()).toBe('Fabrikam Robotics, Inc.');
    await segue.screenshot(popup, 'companies-6-about-page-review');
    await popup.getByTestId('save-company').click();
    await popup.getByTestId('company-saved').waitFor();
    const companies = await segue.table<CompanyRow>('companies');
    expect(companies.map((c) => [c.name, c.domain, c.industry, c.size]).sort()).toEqual([
      ['Fabrikam Robotics, Inc.', 'fabrikam.example.com', 'Industrial Automation', 201],
      ['Northwind Analytics', 'northwind.example.com', 'Software Development', 120],
    ]);
  });
});
