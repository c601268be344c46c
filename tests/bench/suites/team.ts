// Team sync figures in real Chromium against the loopback test server (express-pouchdb, tests/support/team-server):
// - team.initial-sync-10k: a new rep joins a team whose database holds 10,000 activity documents, from the Join
//   click until all of them are in Segue's team tables; baseline: the same 10,000 documents fetched with one
//   `_all_docs?include_docs=true` request from the same dashboard page (transfer only, nothing stored).
// - team.propagation: from marketing's save of a new pack version on the server until the rep's open Settings page
//   shows it, live; baseline: the same save followed by one GET of the document from the rep's page.
import { activityDocId, packDocId } from '../../../src/domain/team/team-docs';
import { startSegue, type Segue } from '../../e2e/segue';
import { allowTeamServer, countRows, joinTeamForm, openTeamSettings } from '../../e2e/team-flows';
import { couchAs } from '../../support/team-server/couch-as';
import { packDoc } from '../../support/team-server/team-docs';
import { startTeam } from '../../support/team-server/team-fixture';
import { figure, median, type Figure, type Suite } from '../harness';

const DOCS = Number(process.env.BENCH_TEAM_DOCS ?? 10_000);
const PROPAGATION_RUNS = Number(process.env.BENCH_RUNS ?? 11);
const DB = 'bench-team';
const NAMES = ['team.initial-sync-10k', 'team.propagation'];

export const teamSuite: Suite = {
  figures: NAMES,
  async run(wanted) {
    const server = await startTeam(DB);
    let rep: Segue | null = null;
    const figures: Figure[] = [];
    try {
      const rob = couchAs(server.url, 'rob', 'r-pass');
      const maria = couchAs(server.url, 'maria', 'm-pass');
      for (let start = 0; start < DOCS; start += 2000) {
        const docs = Array.from({ length: Math.min(2000, DOCS - start) }, (_, k) => {
          const i = start + k;
          return { _id: activityDocId('rob', `c${String(i).padStart(6, '0')}`), type: 'activity', user: 'rob', activityId: `c${i}`, at: 1_700_000_000_000 + i, kind: 'call', outcome: i % 4 ? 'no_answer' : 'connected', segmentId: 'fintech' };
        });
        await rob('POST', `${DB}/_bulk_docs`, { docs });
      }

      rep = await startSegue({ teamServer: server.url });
      await allowTeamServer(rep, server.url);
      const page = await openTeamSettings(rep);

      const t0 = Date.now();
      await joinTeamForm(page, server.url, DB, 'rob', 'r-pass');
      for (;;) {
        if ((await countRows(page, 'teamActivity')) >= DOCS) break;
        if (Date.now() - t0 > 600_000) throw new Error('initial sync did not finish in 10 minutes');
        await page.waitForTimeout(100);
      }
      const syncMs = Date.now() - t0;
      // Measured after joining: Segue holds the host permission and the session cookie by then.
      const baseline = await page.evaluate(async ([url]) => {
        const t0 = performance.now();
        const res = await fetch(`${url}/${'bench-team'}/_all_docs?include_docs=true`, { credentials: 'include' });
        const body = await res.json() as { rows: unknown[] };
        return { ms: performance.now() - t0, rows: body.rows.length };
      }, [server.url] as const);

      if (wanted('team.initial-sync-10k')) {
        figures.push(figure('team.initial-sync-10k', syncMs, 'ms', { name: 'one _all_docs request (no storage)', value: baseline.ms }, `${DOCS} docs, baseline read ${baseline.rows} rows`));
      }

      if (wanted('team.propagation')) {
        let rev: string | undefined;
        const live: number[] = [];
        const direct: number[] = [];
        for (let v = 1; v <= PROPAGATION_RUNS; v++) {
          const title = `Propagation ${v}`;
          const start = Date.now();
          const saved = await maria('PUT', `${DB}/${packDocId('prop')}`, { ...packDoc('prop', String(v), title), ...(rev ? { _rev: rev } : {}) });
          rev = saved.body.rev as string;
          await page.getByText(`${title} (version ${v})`).waitFor({ timeout: 30_000 });
          live.push(Date.now() - start);

          // Baseline: a save by marketing, then the rep's page asks the server for that document once.
          const startDirect = Date.now();
          const id = activityDocId('maria', `direct-${v}`);
          await maria('PUT', `${DB}/${id}`, { _id: id, type: 'activity', user: 'maria', activityId: `direct-${v}`, at: startDirect, kind: 'call' });
          await page.evaluate(async ([url, doc]) => { await (await fetch(`${url}/bench-team/${doc}`, { credentials: 'include' })).json(); }, [server.url, id] as const);
          direct.push(Date.now() - startDirect);
        }
        figures.push(figure('team.propagation', median(live), 'ms', { name: 'save + one GET from the rep page', value: median(direct) }, `${PROPAGATION_RUNS} runs, median`));
      }
      await page.close();
    } finally {
      await rep?.close().catch(() => undefined);
      await server.stop();
    }
    return figures;
  },
};
