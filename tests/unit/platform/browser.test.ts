// The browser differences the platform layer hides: Chrome's side panel or Firefox's sidebar, and a toolbar popup
// that a browser may not let an extension open.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser, openSidePanel, openToolbarPopup } from '../../../src/platform/browser';

type Loose = Record<string, unknown>;
const globals = globalThis as unknown as Loose;
const api = browser as unknown as Loose;

afterEach(() => {
  delete globals.chrome;
  delete api.sidebarAction;
});

describe('opening the side panel or sidebar', () => {
  it("opens Chrome's side panel for the tab when there is one", async () => {
    const open = vi.fn(async () => undefined);
    globals.chrome = { sidePanel: { open } };
    expect(await openSidePanel(7)).toBe(true);
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
  });

  it("opens Firefox's sidebar where there is no side panel, calling it before any await (the click's user input)", async () => {
    const open = vi.fn(async () => undefined);
    api.sidebarAction = { open };
    const opening = openSidePanel(7);
    expect(open).toHaveBeenCalledTimes(1);
    expect(await opening).toBe(true);
  });

  it('answers false when the browser refuses or has neither', async () => {
    api.sidebarAction = { open: vi.fn(async () => { throw new Error('sidebarAction.open may only be called from a user input handler'); }) };
    expect(await openSidePanel(7)).toBe(false);
    delete api.sidebarAction;
    expect(await openSidePanel(7)).toBe(false);
  });
});

describe('opening the toolbar popup', () => {
  it('answers false where the browser has no openPopup, or refuses it', async () => {
    expect(await openToolbarPopup(3)).toBe(false);
    globals.chrome = { action: { openPopup: vi.fn(async () => { throw new Error('no user gesture'); }) } };
    expect(await openToolbarPopup(3)).toBe(false);
  });

  it('opens it in the given window', async () => {
    const openPopup = vi.fn(async () => undefined);
    globals.chrome = { action: { openPopup } };
    expect(await openToolbarPopup(3)).toBe(true);
    expect(openPopup).toHaveBeenCalledWith({ windowId: 3 });
  });
});
