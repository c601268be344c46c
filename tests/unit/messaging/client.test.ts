import { afterEach, describe, expect, it, vi } from 'vitest';
import { send } from '../../../src/messaging/client';
import { browser } from '../../../src/platform/browser';

afterEach(() => vi.restoreAllMocks());

describe('send', () => {
  it('says plainly that Segue restarted when the background stopped before answering', async () => {
    for (const raw of [
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
      'The message port closed before a response was received.',
      'Could not establish connection. Receiving end does not exist.',
    ]) {
      vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValueOnce(new Error(raw));
      await expect(send('system.ping', {})).rejects.toThrow('Segue restarted before it finished. Please try again.');
    }
  });

  it('passes other failures on as they are', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('Extension context invalidated.'));
    await expect(send('system.ping', {})).rejects.toThrow('Extension context invalidated.');
  });
});
