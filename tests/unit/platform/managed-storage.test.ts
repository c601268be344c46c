import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from '../../../src/platform/browser';
import { onManagedPolicyChanged, readManagedPolicy } from '../../../src/platform/managed-storage';

const managed = () => (browser.storage as unknown as { managed: { get(keys: null): Promise<unknown>; set(items: object): Promise<void>; clear(): Promise<void> } }).managed;

afterEach(async () => {
  vi.restoreAllMocks();
  await managed().clear();
});

describe('the administrator\'s policy from storage.managed', () => {
  it('reads it, dropping bad values with a warning that names them', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await managed().set({ sender: { name: 'Ada Admin', meetingLink: 'http://insecure.example.com' } });
    expect(await readManagedPolicy()).toEqual({ sender: { name: 'Ada Admin' }, packs: [] });
    expect(warn.mock.calls[0]?.[0]).toMatch(/sender\.meetingLink: must be an https:\/\/ address/);
  });

  it('is no policy when the browser refuses to read it (Firefox without a native manifest)', async () => {
    vi.spyOn(managed(), 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readManagedPolicy()).toEqual({ sender: {}, packs: [] });
  });

  it('tells a listener about changes to the managed area only, until it stops listening', async () => {
    const listener = vi.fn();
    const stop = onManagedPolicyChanged(listener);
    await browser.storage.local.set({ unrelated: 1 });
    expect(listener).not.toHaveBeenCalled();
    await managed().set({ defaultCountry: 'DE' });
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    await managed().set({ defaultCountry: 'FR' });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
