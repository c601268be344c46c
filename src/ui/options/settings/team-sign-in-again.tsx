// After the team server stopped accepting the saved password (it was changed, or the session was revoked), the rep
// types the new one here: Segue signs in with it, keeps it, and live sync resumes. Nothing is left or synced again.
import { useState } from 'preact/hooks';
import type { TeamConnection } from '../../../domain/team/connection';
import { saveTeamConnection } from '../../../platform/team/team-store';
import { t } from '../../shared/i18n';
import { signInAgain } from '../../shared/team-runner';
import { repos } from '../shared/repos';

export function TeamSignInAgain({ connection, onSignedIn, errorText }: {
  connection: TeamConnection;
  onSignedIn: (connection: TeamConnection) => void;
  errorText: (err: unknown) => string;
}) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!password) {
      setError(t('team_signInAgain_missing'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const next = { ...connection, password };
      await signInAgain(next, repos.db());
      await saveTeamConnection(next);
      setPassword('');
      onSignedIn(next);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="stack" onSubmit={(e) => void submit(e)} noValidate data-testid="team-sign-in-again">
      <div class="form-field">
        <label for="team-new-password">{t('team_signInAgain_label', connection.user)}</label>
        <input id="team-new-password" type="password" autocomplete="current-password" value={password}
          onInput={(e) => setPassword((e.currentTarget as HTMLInputElement).value)} data-testid="team-new-password" />
      </div>
      {error && <p class="alert error" role="alert" data-testid="team-sign-in-again-error">{error}</p>}
      <div><button type="submit" class="btn primary" disabled={busy} data-testid="team-sign-in-again-submit">{busy ? t('team_signingInAgain') : t('team_signInAgain')}</button></div>
    </form>
  );
}
