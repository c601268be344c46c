// Messages that leave whole, in real Chromium through the real toolbar popup: Copy on an email gives its subject
// and body, "Copy subject" the subject, "Open in email" fills both; the copy is on the prospect's timeline against
// its template, and the dashboard's insights count it for that template. And the popup's side panel button.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../src/tools/demo-sites';
import { amaraDraft } from './drafts';
import { servePage } from './pages';
import { startSegue, type Segue, allowInChromeSiteAccess as allowSiteAccess } from './segue';

let segue: Segue;
let prospectId = '';

// A Gmail compose window as its web client marks it up (subject input[name=subjectbox], body "Message Body").
const GMAIL_COMPOSE_URL = 'https://mail.google.com/mail/u/0/#inbox?compose=new';
const GMAIL_COMPOSE = `<!doctype html><title>Inbox - Gmail</title><div role="dialog" aria-label="New Message">
<input name="to" aria-label="To recipients"><input name="subjectbox" placeholder="Subject" aria-label="Subject">
<div aria-label="Message Body" contenteditable="true" role="textbox" aria-multiline="true" style="min-height:80px"></div></div>`;

const allowInChromeSiteAccess = (site: string) => allowSiteAccess(segue, site);

interface ActivityRow { kind: string; prospectId: string; summary: string; data?: Record<string, unknown> }

beforeAll(async () => {
  segue = await startSegue();
  const saved = await segue.send<{ prospect: { id: string } }>('prospects.save', { draft: amaraDraft() });
  prospectId = saved.prospect.id;
  await servePage(segue.context, GMAIL_COMPOSE_URL.replace(/#.*/, ''), GMAIL_COMPOSE);
});

afterAll(async () => {
  await segue?.close();
});

describe('messages that leave whole', () => {
  it('copies an email with its subject, logs it against the template, and insights count it', async () => {
    const page = await segue.context.newPage();
    await page.goto(DEMO_PAGES[0]!.url);
    const popup = await segue.openPopup(page);
    await popup.getByRole('button', { name: 'Open', exact: true }).click();
    const messages = popup.getByTestId('messages');
    await messages.waitFor();
    await messages.getByRole('tab', { name: 'Email', exact: true }).click();
    const subject = await messages.getByTestId('message-subject').inputValue();
    const body = await messages.getByTestId('message-body').inputValue();
    expect(subject.length).toBeGreaterThan(5);
    expect(body).toMatch(/^Hi Amara,/);

    const cdp = await segue.context.browser()!.newBrowserCDPSession();
    await cdp.send('Browser.grantPermissions', { origin: `chrome-extension://${segue.extensionId}`, permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'] });
    await messages.getByRole('button', { name: 'Copy', exact: true }).click();
    await messages.getByText('Copied the subject and message to the clipboard.').waitFor();
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(`Subject: ${subject}\n\n${body}`);
    await segue.screenshot(popup, 'messages-1-email-copied');

    await messages.getByRole('button', { name: 'Copy subject' }).click();
    await messages.getByText('Copied the subject to the clipboard.').waitFor();
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(subject);

    // "Open in email" carries the subject and the body, line breaks as CRLF.
    const href = (await messages.getByRole('link', { name: 'Open in email' }).getAttribute('href'))!;
    const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(href.startsWith('mailto:amara.okafor@brightwave.example.com?')).toBe(true);
    expect(query.get('subject')).toBe(subject);
    expect(query.get('body')).toBe(body.replace(/\r?\n/g, '\r\n'));

    // One entry (Copy subject alone is not a message sent), against the template, segment and channel.
    const used = await expect.poll(async () => (await segue.table<ActivityRow>('activities')).filter((a) => a.kind === 'message_copied'))
      .toHaveLength(1).then(async () => (await segue.table<ActivityRow>('activities')).find((a) => a.kind === 'message_copied')!);
    expect(used.prospectId).toBe(prospectId);
    expect(used.data).toMatchObject({ channel: 'email', action: 'copied' });
    const templateId = used.data!.templateId as string;
    const segmentId = used.data!.segmentId as string;
    const segments = await segue.table<{ id: string; name: string; templates: { id: string; name: string }[] }>('segments');
    const segment = segments.find((s) => s.id === segmentId)!;
    const template = segment.templates.find((tpl) => tpl.id === templateId)!;
    expect(used.summary).toBe(`Copied the email "${template.name}"`);
    await popup.close();
    await page.close();

    // The prospect's timeline in the dashboard shows it.
    const detail = await segue.openPage(`src/ui/options/index.html#/prospects/${prospectId}`);
    const entry = detail.getByTestId('timeline-message_copied');
    await entry.waitFor();
    expect(await entry.textContent()).toContain(`Copied the email "${template.name}"`);
    await segue.screenshot(detail, 'messages-2-timeline');

    // Insights count it for that template.
    await detail.goto(segue.url('src/ui/options/index.html#/insights'));
    const row = detail.getByTestId('insights-templates').getByRole('row').filter({ hasText: template.name }).filter({ hasText: segment.name });
    await row.waitFor();
    expect(await row.getByTestId('messages-sent').textContent()).toBe('1');
    expect(await detail.getByTestId('insights-messages-sent').textContent()).toBe('1');
    await segue.screenshot(detail, 'messages-3-insights');
    await detail.close();
  });

  it('opens the side panel from the popup', async () => {
    const page = await segue.context.newPage();
    await page.goto(DEMO_PAGES[0]!.url);
    const popup = await segue.openPopup(page);
    const cdp = await segue.context.browser()!.newBrowserCDPSession();
    // The test's own helper tab shows the side panel page too: count the side panel documents.
    const panels = async () => {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ url: string; type: string }> };
      return targetInfos.filter((t) => t.url.startsWith(`chrome-extension://${segue.extensionId}/src/ui/sidepanel/index.html`)).map((t) => t.type);
    };
    const before = await panels();
    await popup.getByRole('button', { name: 'Show in the side panel' }).click();
    await expect.poll(panels, { timeout: 10_000 }).toHaveLength(before.length + 1);
    // The popup closes once the panel is open.
    await expect.poll(async () => popup.isClosed() || (await popup.evaluate(() => document.visibilityState).catch(() => 'closed')) === 'closed', { timeout: 5000 }).toBe(true);
    await page.close();
  });

  it('inserts an email into an open Gmail compose with its subject, and logs it', async () => {
    await allowInChromeSiteAccess('https://mail.google.com/');
    const dashboard = await segue.openPage('src/ui/options/index.html#/settings');
    const toggle = dashboard.getByTestId('permission-gmail');
    await toggle.click(); // the dashboard's own permissions.request, from a real click
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await dashboard.close();

    const mail = await segue.context.newPage();
    await mail.goto(GMAIL_COMPOSE_URL);
    const popup = await segue.openPopup(mail);
    await popup.getByTestId('prospect-list').getByRole('button', { name: /Amara Okafor/ }).click();
    const messages = popup.getByTestId('messages');
    await messages.waitFor();
    await messages.getByRole('tab', { name: 'Email', exact: true }).click();
    const subject = await messages.getByTestId('message-subject').inputValue();
    const body = await messages.getByTestId('message-body').inputValue();
    await messages.getByRole('button', { name: 'Insert into email' }).click();
    await messages.getByText('Inserted the subject and message into the open email.').waitFor();
    await segue.screenshot(popup, 'messages-4-inserted');

    expect(await mail.locator('input[name=subjectbox]').inputValue()).toBe(subject);
    // Chromium turns each inserted line break into a block, which innerText reads with extra blank lines: compare lines.
    const lines = (text: string) => text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
    expect(lines(await mail.locator('[aria-label="Message Body"]').innerText())).toEqual(lines(body));
    await mail.bringToFront();
    await segue.screenshot(mail, 'messages-5-gmail-compose');
    await expect.poll(async () => (await segue.table<ActivityRow>('activities'))
      .filter((a) => a.kind === 'message_copied').map((a) => a.data?.action).sort()).toEqual(['copied', 'inserted']);
    await popup.close();
    await mail.close();
  });
});
