// The service worker of the test build only (SEGUE_TEST_BUILD=1 → dist-test/, see vite.config.ts): the real
// service worker, plus a handle on the handlers of events Chromium cannot deliver to a command-line-loaded extension.
// Synthetic key presses never reach chrome.commands.onCommand (the shortcut is assigned, the event never fires), and
// headless Chromium shows no context menu to click. Never part of dist/: tests/e2e/shipped-build.e2e.ts checks.
import '../../src/background/index';
import { refreshBadge } from '../../src/background/calls';
import { onMenuClicked } from '../../src/background/menus';
import { syncPageButtons } from '../../src/background/page-buttons';
import { rearmAllReminders } from '../../src/background/reminders';
import { onCommand } from '../../src/background/shortcuts';
import { configureTeamSync, scheduleTeamSync } from '../../src/background/team-sync';

/**
 * Team sync's alarm every 6 s instead of every 5 minutes (Chrome lets a command-line-loaded, unpacked extension set
 * alarms under its 30 s minimum), and requests that give up after 5 s, so tests/e2e/team-background.e2e.ts waits
 * seconds, not minutes.
 */
export const TEST_TEAM_SYNC = { periodMinutes: 0.1, requestTimeoutMs: 5_000, attempts: 3 };
configureTeamSync(TEST_TEAM_SYNC);
void scheduleTeamSync();

export interface SegueTestHandle {
  onCommand: typeof onCommand;
  onMenuClicked: typeof onMenuClicked;
  restoreReminders: typeof rearmAllReminders;
  refreshBadge: typeof refreshBadge;
  syncPageButtons: typeof syncPageButtons;
}

(globalThis as { segueTest?: SegueTestHandle }).segueTest = { onCommand, onMenuClicked, restoreReminders: rearmAllReminders, refreshBadge, syncPageButtons };
