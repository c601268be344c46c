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

export interface SegueTestHandle {
  onCommand: typeof onCommand;
  onMenuClicked: typeof onMenuClicked;
  restoreReminders: typeof rearmAllReminders;
  refreshBadge: typeof refreshBadge;
  syncPageButtons: typeof syncPageButtons;
}

(globalThis as { segueTest?: SegueTestHandle }).segueTest = { onCommand, onMenuClicked, restoreReminders: rearmAllReminders, refreshBadge, syncPageButtons };
