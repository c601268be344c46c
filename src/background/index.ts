// Service worker entry: wires messages, menus, shortcuts, alarms and notifications. Listeners register
// synchronously at the top level, so an event that wakes a stopped worker finds them.
import { browser, extensionId, type Runtime } from '../platform/browser';
import { createRouter } from '../messaging/router';
import { BADGE_ALARM, refreshBadge } from './calls';
import { failInterruptedImport } from './dashboard-handlers';
import { handlers } from './handlers';
import { onInstalled } from './install';
import { createMenus, onMenuClicked } from './menus';
import { onReminderAlarm, onNotificationButton, onNotificationClicked, rearmAllReminders } from './reminders';
import { onCommand } from './shortcuts';
import { syncPageButtons } from './page-buttons';
import { fromWebPage, PAGE_MESSAGES } from './page-capture';
import { syncPolicyPacks } from './packs-handlers';
import { onManagedPolicyChanged, readManagedPolicy } from '../platform/managed-storage';
import { onTeamConnectionChanged } from '../platform/team/background-runner';
import { onTeamSyncAlarm, scheduleTeamSync, TEAM_SYNC_ALARM } from './team-sync';

const startedAt = Date.now();
const report = (what: string) => (err: unknown) => console.error(`Segue: ${what} failed`, err);

const route = createRouter(handlers(startedAt), extensionId());
// Content scripts (the page button) may send only their own messages; everything else comes from Segue's pages.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (fromWebPage(sender) && !PAGE_MESSAGES.has(String((message as { name?: unknown } | null)?.name))) return undefined;
  return route(message, sender);
});

// The in-page button exists exactly on the sites the rep allowed: re-sync on every permission change.
const syncButtons = () => void syncPageButtons().catch(report('page buttons'));
browser.permissions.onAdded.addListener(syncButtons);
browser.permissions.onRemoved.addListener(syncButtons);

// The packs an administrator pushes follow the policy: checked at every start of the worker and on every change.
const syncPacks = () => void readManagedPolicy().then((policy) => syncPolicyPacks(policy)).catch(report('policy packs'));
syncPacks();
onManagedPolicyChanged(syncPacks);

// Team sync while no Segue page is open: an alarm exactly while a team is configured (joining or leaving changes it).
const scheduleTeam = () => void scheduleTeamSync().then(() => refreshBadge()).catch(report('team sync schedule'));
scheduleTeam();
onTeamConnectionChanged(scheduleTeam);

// A stopped worker's import left its progress at "running": say it was interrupted.
void failInterruptedImport().catch(report('interrupted import'));

browser.runtime.onInstalled.addListener((details) => {
  void onInstalled(details.reason).catch(report('install'));
  void createMenus().catch(report('context menus'));
  void rearmAllReminders().catch(report('reminders'));
  void refreshBadge().catch(report('badge'));
  syncButtons();
});

browser.runtime.onStartup.addListener(() => {
  void rearmAllReminders().catch(report('reminders'));
  void refreshBadge().catch(report('badge'));
  syncButtons();
});

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === BADGE_ALARM) void refreshBadge().catch(report('badge'));
  else if (alarm.name === TEAM_SYNC_ALARM) void onTeamSyncAlarm().catch(report('team sync'));
  else void onReminderAlarm(alarm.name).catch(report('reminder'));
});

browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id).catch(report('notification')));
browser.notifications.onButtonClicked.addListener((id, index) => void onNotificationButton(id, index).catch(report('notification')));
browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab).catch(report('context menu')));
browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab).catch(report('shortcut')));
