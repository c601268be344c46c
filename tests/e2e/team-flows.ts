// Steps shared by the team e2e tests and the team benchmarks: let a profile reach the loopback team server, open
// Settings → Team, and join through the form.
import type { Page } from 'playwright-core';
import { allowInChromeSiteAccess, type Segue } from './segue';

/** Allows the server's site in Chrome's Site access (the prompt cannot be clicked) and lets the guard pass it. */
export async function allowTeamServer(segue: Segue, serverUrl: string): Promise<void> {
  await allowInChromeSiteAccess(segue, 'http://127.0.0.1/*');
  await segue.context.route(`${serverUrl}/**`, (route) => route.continue());
}

export async function openTeamSettings(segue: Segue): Promise<Page> {
  const page = await segue.openPage('src/ui/options/index.html#/settings');
  await page.getByTestId('team-section').waitFor();
  return page;
}

export async function joinTeamForm(page: Page, serverUrl: string, database: string, user: string, password: string): Promise<void> {
  await page.getByTestId('team-server').fill(serverUrl);
  await page.getByTestId('team-database').fill(database);
  await page.getByTestId('team-user').fill(user);
  await page.getByTestId('team-password').fill(password);
  await page.getByTestId('team-join').click();
}

/** Rows of one of Segue's IndexedDB tables, counted from an extension page. */
export function countRows(page: Page, table: string): Promise<number> {
  return page.evaluate((name) => new Promise<number>((done, fail) => {
    const open = indexedDB.open('segue');
    open.onsuccess = () => {
      const req = open.result.transaction(name).objectStore(name).count();
      req.onsuccess = () => { done(req.result); open.result.close(); };
      req.onerror = () => fail(req.error);
    };
    open.onerror = () => fail(open.error);
  }), table);
}

/** The team list marketing keeps in the team e2e tests: Maria in marketing, Rob a rep. */
const TEAM_LIST = [['maria', 'Maria Lopez', 'maria@example.com', 'marketing'], ['rob', 'Rob Turner', 'rob@example.com', 'rep']] as const;

/** Marketing (maria) joins from Settings → Team and saves the team list; the page stays open on Settings. */
export async function joinAsMarketingWithTeamList(segue: Segue, serverUrl: string, database: string): Promise<Page> {
  const page = await openTeamSettings(segue);
  await joinTeamForm(page, serverUrl, database, 'maria', 'm-pass');
  await page.getByTestId('team-connected').waitFor({ timeout: 30_000 });
  await page.locator('[data-testid=team-role][data-role=marketing]').waitFor({ timeout: 20_000 });
  const editor = page.getByTestId('team-list-editor');
  for (const [user, shown, email, role] of TEAM_LIST) {
    await editor.getByTestId('team-list-add').click();
    const row = editor.getByTestId('team-list-member').last();
    await row.getByTestId('team-list-user').fill(user);
    await row.getByTestId('team-list-display').fill(shown);
    await row.getByTestId('team-list-email').fill(email);
    await row.getByTestId('team-list-role').selectOption(role);
  }
  await editor.getByTestId('team-list-save').click();
  return page;
}
