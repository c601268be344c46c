// Messages leave whole: Copy gives an email's subject and body, "Copy subject" the subject alone, "Open in email"
// fills both (or hands a long body over on the clipboard), and each use is reported against its template.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MessageSuggestion } from '../../../../src/domain/messages/suggest';
import { send } from '../../../../src/messaging/client';
import { MessageSuggestions } from '../../../../src/ui/popup/message-suggestions';

vi.mock('../../../../src/messaging/client', () => ({ send: vi.fn() }));

const suggestion = (over: Partial<MessageSuggestion> = {}): MessageSuggestion => ({
  segmentId: 'sales-leaders', segmentName: 'Sales leaders', matched: true, score: 80, templateId: 'intro-email',
  templateName: 'Intro', channel: 'email', variant: 'intro-email', subject: 'Quick idea for Brightwave',
  body: 'Hi Amara,\n\nA short note.\n\nSam', missingFields: [], fallbacksUsed: [], unknownFields: [], length: 30, limit: null, overLimit: false,
  ...over,
});

let clipboard: string[];

beforeEach(() => {
  clipboard = [];
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => { clipboard.push(text); } } });
  vi.mocked(send).mockReset();
  vi.mocked(send).mockResolvedValue({ ok: true } as never);
});
afterEach(cleanup);

const show = (suggestions: MessageSuggestion[]) =>
  render(<MessageSuggestions prospectId="p1" email="amara@brightwave.example.com" suggestions={suggestions} composeTabId={null} />);

describe('MessageSuggestions', () => {
  it('copies an email with its subject, and records the copy against the template', async () => {
    show([suggestion()]);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(clipboard).toEqual(['Subject: Quick idea for Brightwave\n\nHi Amara,\n\nA short note.\n\nSam']));
    await waitFor(() => expect(send).toHaveBeenCalledWith('messages.copied', {
      prospectId: 'p1', segmentId: 'sales-leaders', templateId: 'intro-email', templateName: 'Intro', channel: 'email', action: 'copied',
    }));
  });

  it('copies the subject as edited, alone, without counting a message sent', async () => {
    show([suggestion()]);
    fireEvent.input(screen.getByLabelText('Subject'), { target: { value: 'Edited subject' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy subject' }));
    await waitFor(() => expect(clipboard).toEqual(['Edited subject']));
    expect(send).not.toHaveBeenCalled();
  });

  it('copies a LinkedIn note as it is (no subject, no Copy subject button)', async () => {
    show([suggestion({ channel: 'linkedin_connect', subject: undefined, body: 'Hi Amara, would love to connect.', limit: 300 })]);
    expect(screen.queryByRole('button', { name: 'Copy subject' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(clipboard).toEqual(['Hi Amara, would love to connect.']));
  });

  it('opens the mail app with the subject and body, and records it', async () => {
    show([suggestion()]);
    const link = screen.getByRole('link', { name: 'Open in email' });
    const query = new URLSearchParams(link.getAttribute('href')!.split('?')[1]);
    expect(query.get('subject')).toBe('Quick idea for Brightwave');
    expect(query.get('body')).toBe('Hi Amara,\r\n\r\nA short note.\r\n\r\nSam');
    fireEvent.click(link);
    await waitFor(() => expect(send).toHaveBeenCalledWith('messages.copied', expect.objectContaining({ action: 'opened', templateId: 'intro-email' })));
    expect(clipboard).toEqual([]);
  });

  it('hands a body too long for a mail link over on the clipboard, and says so', async () => {
    const body = 'Hi Amara,\n\n' + 'A paragraph about how your team books meetings. '.repeat(60);
    show([suggestion({ body })]);
    const link = screen.getByRole('link', { name: 'Open in email' });
    expect(link.getAttribute('href')).toBe('mailto:amara@brightwave.example.com?subject=Quick%20idea%20for%20Brightwave');
    fireEvent.click(link);
    await waitFor(() => expect(clipboard).toEqual([body]));
    expect(screen.getByRole('status').textContent).toMatch(/too long for a mail link.*clipboard/i);
  });

  it('keeps the rep\'s edit when they look at another channel and come back', async () => {
    show([suggestion(), suggestion({ templateId: 'note', templateName: 'Note', channel: 'linkedin_connect', subject: undefined, body: 'Hi Amara, connect?', limit: 300 })]);
    fireEvent.input(screen.getByTestId('message-body'), { target: { value: 'Edited email' } });
    fireEvent.click(screen.getByRole('tab', { name: 'LinkedIn note' }));
    expect((screen.getByTestId('message-body') as HTMLTextAreaElement).value).toBe('Hi Amara, connect?');
    expect(screen.queryByRole('link', { name: 'Open in email' })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Email' }));
    expect((screen.getByTestId('message-body') as HTMLTextAreaElement).value).toBe('Edited email');
    expect(screen.getByRole('link', { name: 'Open in email' }).getAttribute('href')).toContain('subject=Quick%20idea');
    expect(screen.getByRole('link', { name: 'Open in email' }).getAttribute('href')).toContain('body=Edited%20email');
  });
});
