// Item 2 of issue 9 in real Chromium: a number the page writes nationally is kept, and normalized with the rep's
// own country when nothing on the page says where the person is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePage } from './pages';
import { startSegue, type Segue } from './segue';

const PAGE_URL = 'https://www.nordlicht-consulting.com/team/jan-berg';
const PAGE = `<!doctype html><html><head><title>Jan Berg</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Jan Berg","jobTitle":"Head of Procurement",
"worksFor":{"@type":"Organization","name":"Nordlicht Consulting"},"telephone":"030 1234567"}</script></head>
<body><h1>Jan Berg</h1><p>Head of Procurement</p><p>Mobile: <a href="tel:0171 1234567">0171 1234567</a></p></body></html>`;

let segue: Segue;

beforeAll(async () => {
  segue = await startSegue();
  await servePage(segue.context, PAGE_URL, PAGE);
}, 60_000);

afterAll(async () => {
  await segue?.close();
});

describe('phone numbers written without +country code', () => {
  it('are kept as written with no country known, and normalized once the rep sets theirs', async () => {
    const page = await segue.context.newPage();
    await page.goto(PAGE_URL);
    await segue.send('settings.setSender', { sender: { name: '', title: '', company: '', signature: '', meetingLink: '', country: '' } });

    const phonesAfterCapture = async (shot: string): Promise<string> => {
      const popup = await segue.openPopup(page);
      await popup.getByTestId('capture').click();
      const form = popup.getByRole('form', { name: 'Review before saving' });
      await form.waitFor();
      const value = await form.getByLabel('Phones', { exact: false }).inputValue();
      await segue.screenshot(popup, shot);
      await popup.close();
      return value;
    };

    // Headless Chromium runs in en-US here: the browser's country is US, where these numbers are not valid.
    const asWritten = await phonesAfterCapture('phones-kept-as-written');
    expect(asWritten).toContain('030 1234567');
    expect(asWritten).toContain('0171 1234567');

    await segue.send('settings.setSender', { sender: { name: '', title: '', company: '', signature: '', meetingLink: '', country: 'DE' } });
    const normalized = await phonesAfterCapture('phones-with-rep-country');
    expect(normalized).toContain('+49301234567');
    expect(normalized).toContain('+491711234567');
    await page.close();
  });
});
