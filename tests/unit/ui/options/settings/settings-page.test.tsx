import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { database, settingsRepo } from '../../../../../src/db/default-database';
import { send } from '../../../../../src/messaging/client';
import { browser } from '../../../../../src/platform/browser';
import { ToastProvider } from '../../../../../src/ui/options/shared/toast';
import { clearDatabase, dispatch, seedProspects } from '../../../../support/dashboard/dashboard-harness';
import { SettingsPage } from '../../../../../src/ui/options/settings/settings-page';

vi.mock('../../../../../src/messaging/client', () => ({ send: vi.fn() }));

function renderPage() {
  return render(<ToastProvider><SettingsPage /></ToastProvider>);
}

const input = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;

beforeEach(async () => {
  await clearDatabase();
  await browser.storage.managed.clear();
  vi.mocked(send).mockReset();
  vi.mocked(send).mockImplementation(dispatch as typeof send);
});

describe('SettingsPage', () => {
  it('saves the sender details used by templates', async () => {
    renderPage();
    await screen.findByTestId('sender-form');
    fireEvent.input(input('sender-name'), { target: { value: 'Sam Reyes' } });
    fireEvent.input(input('sender-title'), { target: { value: 'Account Executive' } });
    fireEvent.input(input('sender-company'), { target: { value: 'Segue' } });
    fireEvent.input(input('sender-email'), { target: { value: 'sam@example.com' } });
    fireEvent.input(input('sender-phone'), { target: { value: '+1 202-555-0142' } });
    fireEvent.input(input('sender-meeting-link'), { target: { value: 'https://cal.example/sam' } });
    fireEvent.input(input('sender-signature'), { target: { value: 'Sam Reyes\nSegue' } });
    fireEvent.click(screen.getByTestId('sender-save'));
    await waitFor(async () => expect(await settingsRepo().get('sender')).toEqual({
      name: 'Sam Reyes', title: 'Account Executive', company: 'Segue', email: 'sam@example.com', phone: '+1 202-555-0142',
      meetingLink: 'https://cal.example/sam', signature: 'Sam Reyes\nSegue', country: '',
    }));
    expect((await screen.findByTestId('toast')).textContent).toMatch(/Settings saved/);
  });

  it('saves the rep\'s own country for phone numbers, chosen from a list that starts with the browser\'s', async () => {
    renderPage();
    await screen.findByTestId('sender-form');
    const select = screen.getByTestId('sender-country') as HTMLSelectElement;
    expect(select.value).toBe('');
    expect(select.options[0]!.textContent).toMatch(/browser/i);
    expect([...select.options].some((o) => o.value === 'DE' && o.textContent === 'Germany')).toBe(true);
    fireEvent.change(select, { target: { value: 'DE' } });
    fireEvent.click(screen.getByTestId('sender-save'));
    await waitFor(async () => expect((await settingsRepo().get('sender')).country).toBe('DE'));
  });

  it('explains a bad meeting link next to the field and sends nothing', async () => {
    renderPage();
    await screen.findByTestId('sender-form');
    fireEvent.input(input('sender-meeting-link'), { target: { value: 'cal.example/sam' } });
    fireEvent.click(screen.getByTestId('sender-save'));
    const link = input('sender-meeting-link');
    expect(link.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(link.getAttribute('aria-describedby')!)!.textContent).toMatch(/full https:\/\/ address/);
    expect(send).not.toHaveBeenCalled();
  });

  it('keeps what was typed when saving fails', async () => {
    vi.mocked(send).mockRejectedValueOnce(new Error('Storage is full, so this change was not saved'));
    renderPage();
    await screen.findByTestId('sender-form');
    fireEvent.input(input('sender-name'), { target: { value: 'Sam Reyes' } });
    fireEvent.click(screen.getByTestId('sender-save'));
    expect((await screen.findByTestId('sender-error')).textContent).toMatch(/Storage is full/);
    expect(input('sender-name').value).toBe('Sam Reyes');
  });

  it('renames, adds, reorders and removes call outcomes; built-in ones cannot be removed', async () => {
    renderPage();
    const editor = await screen.findByTestId('outcomes-editor');
    const outcomes = () => within(editor).getAllByTestId('outcome');
    expect(within(outcomes()[0]!).queryByRole('button', { name: /Remove/ })).toBeNull();

    fireEvent.input(within(outcomes()[0]!).getByRole('textbox'), { target: { value: 'Spoke with them' } });
    fireEvent.input(within(editor).getByTestId('new-outcome'), { target: { value: 'Sent to voicemail box' } });
    fireEvent.submit(within(editor).getByTestId('new-outcome').closest('form')!);
    expect(outcomes()).toHaveLength(10);
    fireEvent.click(within(outcomes()[9]!).getByRole('button', { name: 'Move “Sent to voicemail box” up' }));
    fireEvent.click(screen.getByTestId('outcomes-save'));
    await waitFor(async () => {
      const saved = await settingsRepo().get('callOutcomes');
      expect(saved[0]).toEqual({ key: 'connected', label: 'Spoke with them', connect: true });
      expect(saved[8]).toEqual({ key: 'sent_to_voicemail_box', label: 'Sent to voicemail box', connect: false });
    });

    fireEvent.click(within(outcomes()[8]!).getByRole('button', { name: 'Remove “Sent to voicemail box”' }));
    fireEvent.click(screen.getByTestId('outcomes-save'));
    await waitFor(async () => expect(await settingsRepo().get('callOutcomes')).toHaveLength(9));
  });

  it('asks the browser for a site when its toggle is turned on', async () => {
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(true);
    renderPage();
    fireEvent.click(await screen.findByTestId('permission-outlook'));
    expect(request).toHaveBeenCalledWith({ origins: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.cloud.microsoft/*'] });
  });

  it('clears everything only after DELETE is typed', async () => {
    await seedProspects(2);
    renderPage();
    fireEvent.click(await screen.findByTestId('clear-all'));
    expect(screen.getByTestId('clear-confirm-button')).toHaveProperty('disabled', true);
    fireEvent.input(input('clear-confirm'), { target: { value: 'DELETE' } });
    fireEvent.click(screen.getByTestId('clear-confirm-button'));
    await waitFor(async () => expect(await database().prospects.count()).toBe(0));
  });
});

describe('Settings → Site health', () => {
  it('shows per site which selectors matched on recent captures and copies a diagnostic without page data', async () => {
    await browser.storage.local.set({
      siteHealth: [
        { at: 1_700_000_000_000, site: 'x', layer: 'x', found: true, selectors: { userName: '[data-testid="UserName"]', schema: 'script[type="application/ld+json"]' } },
        { at: 1_700_000_100_000, site: 'x', layer: 'x', found: true, selectors: { userName: null, schema: 'script[type="application/ld+json"]', metaTitle: 'meta[property="og:title"]' } },
      ],
    });
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPage();
    const x = await screen.findByTestId('site-health-x');
    expect(x.textContent).toMatch(/1 stopped matching/);
    const row = within(x).getByText('userName').closest('tr')!;
    expect(row.textContent).toMatch(/Missed/);
    expect(row.textContent).toMatch(/1 of 2/);
    fireEvent.click(screen.getByTestId('site-health-copy'));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const copied = JSON.parse(writeText.mock.calls[0]![0]) as { version: string; sites: Array<{ failing: string[] }> };
    expect(copied.version).toBe('0.0.0-test');
    expect(copied.sites[0]!.failing).toEqual(['userName']);
    await browser.storage.local.remove('siteHealth');
  });

  it('says so when nothing was captured yet', async () => {
    renderPage();
    expect((await screen.findByTestId('site-health')).textContent).toMatch(/No captures yet/);
  });

  describe('with an enterprise policy', () => {
    const POLICY = {
      sender: { name: 'Ada Admin', company: 'Acme Corp', email: 'ada@example.com' },
      defaultCountry: 'DE',
      teamServer: { url: 'https://couch.example.com', database: 'acme-sales' },
    };
    const managedArea = () => (browser.storage as unknown as { managed: { set(items: object): Promise<void>; clear(): Promise<void> } }).managed;

    it('shows the managed sender fields read-only, says who set them, and keeps the rep\'s own fields editable', async () => {
      await settingsRepo().set('sender', { name: 'Sam Reyes', title: 'AE', company: 'Segue', email: '', phone: '', signature: '', meetingLink: '', country: '' });
      await managedArea().set(POLICY);
      renderPage();
      await waitFor(() => expect(input('sender-name').value).toBe('Ada Admin'));
      for (const id of ['sender-name', 'sender-company', 'sender-email']) {
        expect(input(id).readOnly, id).toBe(true);
        expect(document.getElementById(input(id).getAttribute('aria-describedby')!)!.textContent).toMatch(/Set by your organization's policy/);
      }
      expect((screen.getByTestId('sender-country') as HTMLSelectElement).value).toBe('DE');
      expect((screen.getByTestId('sender-country') as HTMLSelectElement).disabled).toBe(true);
      expect(input('sender-title').readOnly).toBe(false);
      expect(screen.getByTestId('policy-notice').textContent).toMatch(/organization's policy/);
    });

    it('saves the rep\'s own fields and leaves their own values under the managed ones', async () => {
      await settingsRepo().set('sender', { name: 'Sam Reyes', title: 'AE', company: 'Segue', email: '', phone: '', signature: '', meetingLink: '', country: '' });
      await managedArea().set(POLICY);
      renderPage();
      await waitFor(() => expect(input('sender-name').value).toBe('Ada Admin'));
      fireEvent.input(input('sender-title'), { target: { value: 'Account Executive' } });
      fireEvent.click(screen.getByTestId('sender-save'));
      await waitFor(async () => expect(await settingsRepo().get('sender')).toMatchObject({ name: 'Sam Reyes', title: 'Account Executive', company: 'Segue', country: '' }));
    });

    it('applies a policy change at once, and gives the fields back when the policy goes', async () => {
      await settingsRepo().set('sender', { name: 'Sam Reyes', title: '', company: '', email: '', phone: '', signature: '', meetingLink: '', country: '' });
      renderPage();
      await waitFor(() => expect(input('sender-name').value).toBe('Sam Reyes'));
      expect(screen.queryByTestId('policy-notice')).toBeNull();
      await managedArea().set(POLICY);
      await waitFor(() => expect(input('sender-name').value).toBe('Ada Admin'));
      expect(input('sender-name').readOnly).toBe(true);
      await managedArea().clear();
      await waitFor(() => expect(input('sender-name').value).toBe('Sam Reyes'));
      expect(input('sender-name').readOnly).toBe(false);
    });

    it('shows the team server the policy names', async () => {
      await managedArea().set(POLICY);
      renderPage();
      const team = await screen.findByTestId('policy-team-server');
      expect(team.textContent).toContain('https://couch.example.com');
      expect(team.textContent).toContain('acme-sales');
      expect(team.textContent).toMatch(/Set by your organization's policy/);
    });
  });
});
