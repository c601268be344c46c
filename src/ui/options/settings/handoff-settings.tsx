// Settings for the hand-off: the team (names, optional emails, marketing or rep, and "this is me"), the reasons a rep
// can give when returning a hand-off, and the stage rules that run when a call is logged.
import { useState } from 'preact/hooks';
import { markMe, reasonKey, STAGE_RULES, TEAM_ROLES, type ReturnReason, type StageRuleSettings, type TeamMember } from '../../../domain/handoff';
import { TEAM_LIST_SETTING } from '../../../db/team-mirror';
import { send } from '../../../messaging/client';
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { errorMessage } from '../shared/format';
import { repos } from '../shared/repos';
import { useToast } from '../shared/toast';
import { useOnChange } from '../shared/use-on-change';

export function HandoffSettings() {
  const team = useLiveQuery(() => repos.settings().get('team'), []);
  // With team sync the team list lives on the team server (Settings → Team above); this one would be overwritten.
  const synced = useLiveQuery(async () => Boolean(await repos.db().settings.get(TEAM_LIST_SETTING)), [], false);
  const reasons = useLiveQuery(() => repos.settings().get('returnReasons'), []);
  const rules = useLiveQuery(() => repos.settings().get('stageRules'), []);
  return (
    <>
      {team && !synced && <TeamEditor initial={team} />}
      {reasons && rules && <HandoffRulesEditor reasons={reasons} rules={rules} />}
    </>
  );
}

function TeamEditor({ initial }: { initial: TeamMember[] }) {
  const [team, setTeam] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const { notify } = useToast();
  useOnChange(JSON.stringify(initial), () => setTeam(initial));
  const set = (i: number, patch: Partial<TeamMember>) => setTeam((list) => list.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const save = async () => {
    setError(null);
    try {
      const { team: saved } = await send('settings.setTeam', { team });
      setTeam(saved);
      notify({ message: t('opt_settingsSaved'), kind: 'ok' });
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <section class="card stack" aria-labelledby="team-heading" data-testid="team-editor">
      <h2 id="team-heading">{t('handoff_team')}</h2>
      <p class="muted">{t('handoff_teamHint')}</p>
      {team.length === 0 && <p class="muted">{t('handoff_teamEmpty')}</p>}
      <ol class="outcome-list">
        {team.map((m, i) => (
          <li key={m.id} class="team-row" data-testid="team-member">
            <label class="sr-only" for={`team-name-${m.id}`}>{t('handoff_memberName', String(i + 1))}</label>
            <input id={`team-name-${m.id}`} value={m.name} placeholder={t('handoff_name')} onInput={(e) => set(i, { name: (e.currentTarget as HTMLInputElement).value })} data-testid="team-name" />
            <label class="sr-only" for={`team-email-${m.id}`}>{t('handoff_memberEmail', String(i + 1))}</label>
            <input id={`team-email-${m.id}`} type="email" value={m.email ?? ''} placeholder={t('handoff_emailOptional')} onInput={(e) => set(i, { email: (e.currentTarget as HTMLInputElement).value })} data-testid="team-email" />
            <label class="sr-only" for={`team-role-${m.id}`}>{t('handoff_memberRole', String(i + 1))}</label>
            <select id={`team-role-${m.id}`} value={m.role} onChange={(e) => set(i, { role: (e.currentTarget as HTMLSelectElement).value as TeamMember['role'] })} data-testid="team-role">
              {TEAM_ROLES.map((role) => <option key={role} value={role}>{t(`handoff_role_${role}`)}</option>)}
            </select>
            <label class="checkbox">
              <input type="radio" name="team-me" checked={Boolean(m.isMe)} onChange={() => setTeam((list) => markMe(list, m.id))} data-testid="team-me" />
              <span>{t('handoff_thisIsMe')}</span>
            </label>
            <button type="button" class="btn small ghost danger" onClick={() => setTeam((list) => list.filter((_, j) => j !== i))} aria-label={t('handoff_removeMember', m.name || String(i + 1))}>{t('opt_remove')}</button>
          </li>
        ))}
      </ol>
      <div class="row wrap">
        <button type="button" class="btn small" onClick={() => setTeam((list) => [...list, { id: crypto.randomUUID(), name: '', role: 'rep' }])} data-testid="team-add">{t('handoff_addMember')}</button>
        <button type="button" class="btn primary" onClick={() => void save()} data-testid="team-save">{t('handoff_saveTeam')}</button>
      </div>
      {error && <p class="alert error" role="alert">{t('opt_saveFailed', error)}</p>}
    </section>
  );
}

function HandoffRulesEditor(props: { reasons: ReturnReason[]; rules: StageRuleSettings }) {
  const [reasons, setReasons] = useState(props.reasons);
  const [newReason, setNewReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { notify } = useToast();
  useOnChange(JSON.stringify(props.reasons), () => setReasons(props.reasons));
  const saveReasons = async () => {
    setError(null);
    try {
      const { reasons: saved } = await send('settings.setReturnReasons', { reasons });
      setReasons(saved);
      notify({ message: t('opt_settingsSaved'), kind: 'ok' });
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const toggle = async (rule: (typeof STAGE_RULES)[number], on: boolean) => {
    try {
      await send('settings.setStageRules', { rules: { ...props.rules, [rule]: on } });
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const add = (e: Event) => {
    e.preventDefault();
    const label = newReason.trim();
    if (!label) return;
    setReasons((list) => [...list, { key: reasonKey(label), label }]);
    setNewReason('');
  };
  return (
    <section class="card stack" aria-labelledby="handoff-rules-heading" data-testid="handoff-rules">
      <h2 id="handoff-rules-heading">{t('handoff_settingsTitle')}</h2>
      <fieldset class="stack">
        <legend>{t('handoff_stageRules')}</legend>
        {STAGE_RULES.map((rule) => (
          <label key={rule} class="checkbox">
            <input type="checkbox" checked={props.rules[rule]} onChange={(e) => void toggle(rule, (e.currentTarget as HTMLInputElement).checked)} data-testid={`stage-rule-${rule}`} />
            <span>{t(`handoff_rule_${rule}`)}</span>
          </label>
        ))}
      </fieldset>
      <h3>{t('handoff_returnReasons')}</h3>
      <p class="muted">{t('handoff_returnReasonsHint')}</p>
      <ol class="outcome-list">
        {reasons.map((r, i) => (
          <li key={r.key} class="row" data-testid="return-reason">
            <label class="sr-only" for={`reason-${r.key}`}>{t('handoff_reasonLabel', String(i + 1))}</label>
            <input id={`reason-${r.key}`} class="grow" value={r.label} onInput={(e) => setReasons((list) => list.map((x, j) => (j === i ? { ...x, label: (e.currentTarget as HTMLInputElement).value } : x)))} />
            <button type="button" class="btn small ghost danger" onClick={() => setReasons((list) => list.filter((_, j) => j !== i))} aria-label={t('handoff_removeReason', r.label)}>{t('opt_remove')}</button>
          </li>
        ))}
      </ol>
      <form class="row" onSubmit={add}>
        <label class="sr-only" for="new-reason">{t('handoff_newReason')}</label>
        <input id="new-reason" value={newReason} placeholder={t('handoff_newReason')} onInput={(e) => setNewReason((e.currentTarget as HTMLInputElement).value)} />
        <button type="submit" class="btn small" disabled={!newReason.trim()}>{t('handoff_addReason')}</button>
      </form>
      <div><button type="button" class="btn primary" onClick={() => void saveReasons()} data-testid="reasons-save">{t('handoff_saveReasons')}</button></div>
      {error && <p class="alert error" role="alert">{t('opt_saveFailed', error)}</p>}
    </section>
  );
}
