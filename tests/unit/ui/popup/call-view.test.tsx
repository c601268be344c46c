// The call view writes each keystroke to storage at once (nothing waits for a pause or for the popup to close),
// and two open views (popup and side panel) show each other's notes.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveCall, startCall, updateCall } from '../../../../src/background/calls';
import { send } from '../../../../src/messaging/client';
import { readCallSession } from '../../../../src/platform/call-store';
import { browser } from '../../../../src/platform/browser';
import { CallView } from '../../../../src/ui/popup/call-view';
import { clearDatabase, seedProspects } from '../../../support/dashboard/dashboard-harness';

vi.mock('../../../../src/messaging/client', () => ({ send: vi.fn() }));

beforeEach(async () => {
  await clearDatabase();
  await browser.storage.local.clear();
  vi.mocked(send).mockReset();
  vi.mocked(send).mockImplementation((async (name: string, request: never) => {
    if (name === 'call.update') return updateCall(request);
    if (name === 'call.save') return saveCall();
    throw new Error(`unexpected message ${name}`);
  }) as typeof send);
});

describe('CallView', () => {
  it('writes notes to storage as they are typed, with no message to the background', async () => {
    const [p] = await seedProspects(1);
    const session = await startCall({ prospectId: p!.id });
    render(<CallView session={session} onDone={() => undefined} />);
    fireEvent.input(screen.getByTestId('call-notes'), { target: { value: 'Asked for pricing' } });
    fireEvent.input(screen.getByTestId('call-next-step'), { target: { value: 'Send pricing' } });
    // No timer runs and nothing is flushed: the text is in storage already.
    expect(await readCallSession()).toMatchObject({ notes: 'Asked for pricing', nextStep: 'Send pricing' });
    expect(send).not.toHaveBeenCalled();
  });

  it('shows notes typed in another open view', async () => {
    const [p] = await seedProspects(1);
    const session = await startCall({ prospectId: p!.id });
    render(<div data-testid="popup"><CallView session={session} onDone={() => undefined} /></div>);
    render(<div data-testid="panel"><CallView session={session} onDone={() => undefined} /></div>);
    const [inPopup, inPanel] = screen.getAllByTestId('call-notes') as HTMLTextAreaElement[];
    fireEvent.input(inPopup!, { target: { value: 'Gatekeeper put me through' } });
    await waitFor(() => expect(inPanel!.value).toBe('Gatekeeper put me through'));
    fireEvent.input(inPanel!, { target: { value: 'Gatekeeper put me through; CFO joins Tuesday' } });
    await waitFor(() => expect(inPopup!.value).toBe('Gatekeeper put me through; CFO joins Tuesday'));
  });

  it('keeps the outcome the rep picked while the background is still writing it, though the other view types meanwhile', async () => {
    const [p] = await seedProspects(1);
    const session = await startCall({ prospectId: p!.id });
    let release: () => void = () => undefined;
    vi.mocked(send).mockImplementation((async (name: string, request: never) => {
      if (name !== 'call.update') throw new Error(`unexpected message ${name}`);
      await new Promise<void>((done) => { release = done; }); // a busy background
      return updateCall(request);
    }) as typeof send);
    render(<div data-testid="popup"><CallView session={session} onDone={() => undefined} /></div>);
    render(<div data-testid="panel"><CallView session={session} onDone={() => undefined} /></div>);
    const [inPopup] = screen.getAllByTestId('call-notes') as HTMLTextAreaElement[];
    await waitFor(() => expect(document.querySelectorAll('[data-testid="panel"] input[value="meeting_booked"]')).toHaveLength(1));
    const meeting = document.querySelector('[data-testid="panel"] input[value="meeting_booked"]') as HTMLInputElement;
    fireEvent.click(meeting);
    expect(meeting.checked).toBe(true);
    // The popup types: the panel re-renders with the stored session, whose outcome is not written yet.
    fireEvent.input(inPopup!, { target: { value: 'CFO joins Tuesday' } });
    await waitFor(() => expect((screen.getAllByTestId('call-notes')[1] as HTMLTextAreaElement).value).toBe('CFO joins Tuesday'));
    expect(meeting.checked).toBe(true);
    release();
    await waitFor(async () => expect((await readCallSession())?.outcome).toBe('meeting_booked'));
    expect(meeting.checked).toBe(true);
  });
});
