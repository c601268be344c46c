// Settings → Team (opt-in): join the team's CouchDB server with a user name and password, see what syncs, leave.
// Segue asks for access to that one server (an optional host permission) when the rep joins, and gives it back
// when they leave. The password is kept in extension storage only (src/platform/team/team-store.ts).
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../../platform/browser';
import { clearTeamCopies } from '../../../db/team-mirror';
import { originPermission, serverOrigin, TeamSyncError, type TeamConnection, type TeamErrorKind } from '../../../domain/team/connection';
import type { TeamServer } from '../../../domain/policy/managed-policy';
import { forgetTeamConnection, readTeamConnection, saveTeamConnection } from '../../../platform/team/team-store';
import type { TeamSyncStatus } from '../../../platform/team/team-sync';
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { errorKindOf, joinTeam, leaveTeam, onTeamStatus, resumeTeamSync } from '../../shared/team-runner';
import { TextField } from '../shared/text-field';
import { TeamBackgroundStatus } from './team-background-status';
import { useTeamRole } from '../../shared/use-team-role';
import { TeamConflicts } from './team-conflicts';
import { TeamListSection } from './team-list-editor';
import { TeamSignInAgain } from './team-sign-in-again';
import { repos } from '../shared/repos';

const ERROR_TEXT: Record<TeamErrorKind, () => string> = {
  'wrong-password': () => t('team_error_wrongPassword'),
  'session-expired': () => t('team_error_sessionExpired'),
  unreachable: () => t('team_error_unreachable'),
  'not-member': () => t('team_error_notMember'),
  forbidden: () => t('team_error_forbidden'),
  server: () => t('team_error_server'),
  'bad-address': () => t('team_error_badAddress'),
};

/** The saved password stopped working: the rep can type the new one without leaving the team. */
const NEEDS_NEW_PASSWORD: ReadonlySet<TeamErrorKind> = new Set(['session-expired', 'wrong-password']);

const explain = (err: unknown): string => {
  const kind = errorKindOf(err);
  return kind ? ERROR_TEXT[kind]() : err instanceof TeamSyncError ? err.message : String((err as Error)?.message ?? err);
};

const STATE_TEXT: Record<TeamSyncStatus['state'], () => string> = {
  idle: () => t('team_state_idle'),
  syncing: () => t('team_state_syncing'),
  live: () => t('team_state_live'),
  waiting: () => t('team_state_waiting'),
  error: () => t('team_state_error'),
};

function TeamStatusLine({ status }: { status: TeamSyncStatus }) {
  return (
    <div class="stack" data-testid="team-status">
      <p role="status"><span class={`badge ${status.state === 'live' ? 'ok' : ''}`} data-testid="team-state" data-state={status.state}>{STATE_TEXT[status.state]()}</span></p>
      {status.error && <p class="alert error" role="alert" data-testid="team-error">{ERROR_TEXT[status.error]()}</p>}
      {status.denied > 0 && <p class="alert" role="note" data-testid="team-denied">{t('team_denied', status.denied)}</p>}
    </div>
  );
}

function TeamPacks() {
  const packs = useLiveQuery(() => repos.db().teamPacks.orderBy('packId').toArray(), [], []);
  const handoffs = useLiveQuery(() => repos.db().teamHandoffs.count(), [], 0);
  const activity = useLiveQuery(() => repos.db().teamActivity.count(), [], 0);
  return (
    <div class="stack">
      <h3>{t('team_packs')}</h3>
      {packs.length === 0
        ? <p class="muted" data-testid="team-no-packs">{t('team_noPacks')}</p>
        : <ul class="list" data-testid="team-packs">{packs.map((p) => <li key={p.packId} data-testid="team-pack">{t('team_packVersion', p.title, p.version)}</li>)}</ul>}
      <p class="muted" data-testid="team-counts">{t('team_counts', handoffs, activity)}</p>
    </div>
  );
}

export function TeamSection({ policyServer }: { policyServer?: TeamServer | undefined }) {
  const [connection, setConnection] = useState<TeamConnection | null | undefined>(undefined);
  const [form, setForm] = useState({ server: policyServer?.url ?? '', database: policyServer?.database || 'segue-team', user: '', password: '' });
  const [status, setStatus] = useState<TeamSyncStatus>({ state: 'idle', denied: 0 });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const role = useTeamRole();
  // Stays up from the refusal until a sign-in works (the status passes through "idle" while the form tries one).
  const [needsPassword, setNeedsPassword] = useState(false);

  useEffect(() => onTeamStatus(setStatus), []);
  useEffect(() => {
    if (status.error && NEEDS_NEW_PASSWORD.has(status.error)) setNeedsPassword(true);
  }, [status.error]);
  useEffect(() => {
    void readTeamConnection().then((stored) => {
      setConnection(stored);
      if (stored) void resumeTeamSync(stored, repos.db());
    });
  }, []);

  const field = (key: keyof typeof form) => ({ value: form[key], onInput: (value: string) => setForm({ ...form, [key]: value }) });

  // permissions.request must be called straight from the click (a user gesture): nothing is awaited before it.
  const join = (event: Event) => {
    event.preventDefault();
    setError(null);
    let origin: string;
    try {
      origin = serverOrigin(form.server);
    } catch {
      setError(ERROR_TEXT['bad-address']());
      return;
    }
    if (!form.database.trim() || !form.user.trim() || !form.password) {
      setError(t('team_error_missing'));
      return;
    }
    const candidate: TeamConnection = { server: origin, database: form.database.trim(), user: form.user.trim(), password: form.password };
    setBusy(true);
    void browser.permissions.request({ origins: [originPermission(origin)] })
      .then(async (granted) => {
        if (!granted) throw new Error(t('team_permissionRefused', origin));
        await joinTeam(candidate, repos.db());
        await saveTeamConnection(candidate);
        setConnection(candidate);
        setForm({ ...form, password: '' });
      })
      .catch((err: unknown) => setError(explain(err)))
      .finally(() => setBusy(false));
  };

  const leave = async () => {
    setBusy(true);
    try {
      await leaveTeam(connection ?? null, repos.db());
      await clearTeamCopies(repos.db());
      await forgetTeamConnection();
      if (connection) await browser.permissions.remove({ origins: [originPermission(connection.server)] }).catch(() => false);
      setConnection(null);
    } finally {
      setBusy(false);
    }
  };

  if (connection === undefined) return null;
  return (
    <section class="card stack" aria-labelledby="team-heading" data-testid="team-section">
      <h2 id="team-heading">{t('team_heading')}</h2>
      <p class="muted">{t('team_hint')}</p>
      {connection ? (
        <>
          <p data-testid="team-connected">{t('team_connected', `${connection.server}/${connection.database}`, connection.user)}
            {role && <> <span class="badge" data-testid="team-role" data-role={role}>{t(`handoff_role_${role}`)}</span></>}</p>
          <TeamStatusLine status={status} />
          {needsPassword && <TeamSignInAgain connection={connection} errorText={explain}
            onSignedIn={(next) => { setNeedsPassword(false); setConnection(next); }} />}
          <TeamBackgroundStatus errorText={(kind) => ERROR_TEXT[kind]()} />
          <TeamConflicts role={role} />
          <TeamPacks />
          <TeamListSection role={role} />
          <p class="muted">{t('team_leaveHint')}</p>
          <div><button type="button" class="btn" onClick={() => void leave()} disabled={busy} data-testid="team-leave">{t('team_leave')}</button></div>
        </>
      ) : (
        <form class="stack" onSubmit={join} noValidate data-testid="team-form">
          <div class="form-grid">
            <TextField label={t('team_server')} type="url" {...field('server')} readOnly={Boolean(policyServer?.url)} placeholder="https://couch.example.com" testId="team-server" />
            <TextField label={t('team_database')} {...field('database')} readOnly={Boolean(policyServer?.database)} testId="team-database" />
            <TextField label={t('team_user')} {...field('user')} testId="team-user" />
            <div class="form-field">
              <label for="team-password">{t('team_password')}</label>
              <input id="team-password" type="password" autocomplete="current-password" value={form.password}
                onInput={(e) => setForm({ ...form, password: (e.currentTarget as HTMLInputElement).value })} data-testid="team-password" />
            </div>
          </div>
          {error && <p class="alert error" role="alert" data-testid="team-error">{error}</p>}
          <div><button type="submit" class="btn primary" disabled={busy} data-testid="team-join">{busy ? t('team_joining') : t('team_join')}</button></div>
        </form>
      )}
    </section>
  );
}
