// The shared user flows (flows.ts) in real Chromium, through the same browser-neutral driver as Firefox's
// (firefox.e2e.ts): the same steps and checks in both browsers.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { SIDEBAR_PAGE } from '../../src/tools/manifests';
import type { ExtensionDriver } from './driver';
import { captureFlow, coldCallFlow, dashboardFlow, sidebarCallFlow, storageSurvivesStopFlow, talkingPointsFlow } from './flows';
import { startChromiumDriver } from './segue';

let chromium: ExtensionDriver;

beforeAll(async () => {
  chromium = await startChromiumDriver();
});

afterAll(async () => {
  await chromium?.close();
});

describe('the shared flows in Chromium', () => {
  it('captures a prospect through the real toolbar popup', () => captureFlow(chromium));
  it('shows the matched segment, talking points, and copies a filled-in message', () => talkingPointsFlow(chromium));
  it('logs a cold call with timer, outcome and follow-up, through a stopped service worker', () => coldCallFlow(chromium));
  it('shows a running call in the side panel page', () => sidebarCallFlow(chromium, SIDEBAR_PAGE));
  it('shows the prospects, calls and settings in the options dashboard', () => dashboardFlow(chromium));
  it('keeps IndexedDB when Chrome stops the service worker', () => storageSurvivesStopFlow(chromium));
});
