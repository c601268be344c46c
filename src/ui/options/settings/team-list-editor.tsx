// Settings → Team, marketing's part: the team list on the team server (user names, how each is shown, role, and
// who receives hand-offs) and the team's privacy setting (how much of a prospect travels with a rep's activity).
// Both are written through the replica; the server's rules accept them from marketing only. Reps see them read-only.
import { useState } from 'preact/hooks';
import { TEAM_LIST_SETTING } from '../../../db/team-mirror';
import { teamPrivacy } from '../../../db/team-outbox';
import { ACTIVITY_PRIVACY, type ActivityPrivacy, type TeamListDoc, type TeamListMember, type TeamRole } from '../../../domain/team/team-docs';
import { memberLabel, receivesHandoffs } from '../../../domain/team/team-members';
import { saveTeamList, saveTeamPrivacy } from '../../../platform/team/team-publish';
import { t } from '../../shared/i18n';
import { teamWriter } from '../../shared/team-runner';
import { useLiveQuery } from '../../shared/use-live-query';
import { repos } from '../shared/repos';
import { useAction, useToast } from '../shared/toast';
import { useOnChange } from '../shared/use-on-change';
import { privacyExplainKey, privacyLabelKey } from './team-publish-keys';
import { TeamPerRepSwitch } from './team-per-rep';
import './team-publish.css';

type MirroredList = Omit<TeamListDoc, '_id' | '_rev' | 'type'>;

const ROLES: TeamRole[] = ['marketing', 'rep'];

function useMirrored() {
  const list = useLiveQuery(async () => (await repos.db().settings.get(TEAM_LIST_SETTING))?.value as MirroredList | undefined, []);
  // The same reading the rep's outbox obeys when it publishes activity.
  const privacy = useLiveQuery(() => teamPrivacy(repos.db()), []);
  return { list, privacy };
}

function PrivacyPicker({ current, editable }: { current: ActivityPrivacy; editable: boolean }) {
  const [choice, setChoice] = useState<ActivityPrivacy>(current);
  useOnChange(current, () => setChoice(current));
  const { notify } = useToast();
  const act = useAction();
  const save = () => act(async () => {
    const writer = teamWriter();
    await saveTeamPrivacy(writer, choice, Date.now());
    await writer.mirror();
    notify({ message: t('teamPub_privacySaved', t(privacyLabelKey(choice))), kind: 'ok' });
  });
  if (!editable) {
    return (
      <div class="stack team-privacy-readonly" data-testid="team-privacy">
        <h3>{t('teamPub_privacyHeading')}</h3>
        <p class="team-privacy-current" data-testid="team-privacy-current" data-privacy={current}>
          <strong>{t(privacyLabelKey(current))}</strong> · {t(privacyExplainKey(current))}
        </p>
        <p class="muted small">{t('teamPub_privacyRepHint')}</p>
      </div>
    );
  }
  return (
    <fieldset class="stack" data-testid="team-privacy">
      <legend>{t('teamPub_privacyHeading')}</legend>
      <p class="muted small">{t('teamPub_privacyHint')}</p>
      <div class="radio-group">
        {ACTIVITY_PRIVACY.map((level) => (
          <label key={level} class="checkbox team-privacy-option">
            <input type="radio" name="team-privacy" value={level} checked={choice === level}
              onChange={() => setChoice(level)} data-testid={`team-privacy-${level}`} />
            <span><strong>{t(privacyLabelKey(level))}</strong><br /><span class="muted small">{t(privacyExplainKey(level))}</span></span>
          </label>
        ))}
      </div>
      <div><button type="button" class="btn" disabled={choice === current} onClick={() => void save()} data-testid="team-privacy-save">{t('teamPub_privacySave')}</button></div>
    </fieldset>
  );
}

function MembersEditor({ list }: { list: MirroredList | undefined }) {
  const initial = list?.members ?? [];
  const [name, setName] = useState(list?.name ?? '');
  const [members, setMembers] = useState<TeamListMember[]>(initial);
  useOnChange(JSON.stringify(list ?? null), () => { setMembers(list?.members ?? []); setName(list?.name ?? ''); });
  const [error, setError] = useState<string | null>(null);
  const { notify } = useToast();
  const set = (i: number, patch: Partial<TeamListMember>) => setMembers((all) => all.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const save = async () => {
    setError(null);
    try {
      const writer = teamWriter();
      await saveTeamList(writer, name || 'Team', members);
      await writer.mirror();
      notify({ message: t('teamPub_teamSaved'), kind: 'ok' });
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <div class="stack" data-testid="team-list-editor">
      <h3>{t('teamPub_teamList')}</h3>
      <p class="muted small">{t('teamPub_teamListHint')}</p>
      <div class="table-wrap">
        <table class="table team-list-table">
          <thead><tr>
            <th scope="col">{t('teamPub_colUser')}</th><th scope="col">{t('teamPub_colShownAs')}</th><th scope="col">{t('teamPub_colEmail')}</th>
            <th scope="col">{t('teamPub_colRole')}</th><th scope="col">{t('teamPub_colReceives')}</th><th scope="col"><span class="sr-only">{t('opt_remove')}</span></th>
          </tr></thead>
          <tbody>
            {members.map((m, i) => (
              <tr key={i} data-testid="team-list-member">
                <td><input aria-label={t('teamPub_colUser')} value={m.name} onInput={(e) => set(i, { name: (e.currentTarget as HTMLInputElement).value })} data-testid="team-list-user" /></td>
                <td><input aria-label={t('teamPub_colShownAs')} value={m.displayName ?? ''} placeholder={m.name} onInput={(e) => set(i, { displayName: (e.currentTarget as HTMLInputElement).value })} data-testid="team-list-display" /></td>
                <td><input aria-label={t('teamPub_colEmail')} type="email" value={m.email ?? ''} placeholder={t('handoff_emailOptional')} onInput={(e) => set(i, { email: (e.currentTarget as HTMLInputElement).value })} data-testid="team-list-email" /></td>
                <td>
                  <select aria-label={t('teamPub_colRole')} value={m.role} onChange={(e) => set(i, { role: (e.currentTarget as HTMLSelectElement).value as TeamRole })} data-testid="team-list-role">
                    {ROLES.map((role) => <option key={role} value={role}>{t(`handoff_role_${role}`)}</option>)}
                  </select>
                </td>
                <td class="center"><input type="checkbox" aria-label={t('teamPub_colReceives')} checked={receivesHandoffs(m)} onChange={(e) => set(i, { receivesHandoffs: (e.currentTarget as HTMLInputElement).checked })} data-testid="team-list-receives" /></td>
                <td><button type="button" class="btn small ghost danger" onClick={() => setMembers((all) => all.filter((_, j) => j !== i))} aria-label={t('handoff_removeMember', memberLabel(m) || String(i + 1))}>{t('opt_remove')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="row wrap">
        <button type="button" class="btn small" onClick={() => setMembers((all) => [...all, { name: '', role: 'rep' }])} data-testid="team-list-add">{t('handoff_addMember')}</button>
        <button type="button" class="btn primary" onClick={() => void save()} data-testid="team-list-save">{t('teamPub_teamSave')}</button>
      </div>
      {error && <p class="alert error" role="alert" data-testid="team-list-error">{t('opt_saveFailed', error)}</p>}
    </div>
  );
}

function MembersList({ list }: { list: MirroredList | undefined }) {
  if (!list || list.members.length === 0) return <p class="muted" data-testid="team-list-empty">{t('teamPub_teamListEmpty')}</p>;
  return (
    <div class="stack">
      <h3>{t('teamPub_teamList')}</h3>
      <ul class="list team-members" data-testid="team-list-readonly">
        {list.members.map((m) => (
          <li key={m.name}>
            <strong>{memberLabel(m)}</strong> <span class="muted">· {t(`handoff_role_${m.role}`)}{receivesHandoffs(m) ? ` · ${t('teamPub_receives')}` : ''}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The team list and the privacy setting: editable for marketing, read-only for reps. */
export function TeamListSection({ role }: { role: TeamRole | null }) {
  const { list, privacy } = useMirrored();
  if (privacy === undefined) return null;
  const marketing = role === 'marketing';
  return (
    <div class="stack team-admin" data-testid="team-admin" data-role={role ?? ''}>
      {marketing ? <MembersEditor list={list} /> : <MembersList list={list} />}
      <PrivacyPicker current={privacy} editable={marketing} />
      <TeamPerRepSwitch editable={marketing} />
    </div>
  );
}
