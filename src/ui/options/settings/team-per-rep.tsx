// Settings → Team, next to the privacy picker: whether team insights show each rep's own figures. Stored in the
// team's settings document, which only marketing may write (the server's rules check it); reps see it read-only.
import { useState } from 'preact/hooks';
import { TEAM_SETTINGS_SETTING } from '../../../db/team-mirror';
import { saveTeamPerRep } from '../../../platform/team/team-publish';
import { t } from '../../shared/i18n';
import { teamWriter } from '../../shared/team-runner';
import { useLiveQuery } from '../../shared/use-live-query';
import { repos } from '../shared/repos';
import { useAction, useToast } from '../shared/toast';
import { useOnChange } from '../shared/use-on-change';

export function TeamPerRepSwitch({ editable }: { editable: boolean }) {
  const current = useLiveQuery(async () => ((await repos.db().settings.get(TEAM_SETTINGS_SETTING))?.value as { showPerRep?: unknown } | undefined)?.showPerRep === true, []);
  const [choice, setChoice] = useState(false);
  useOnChange(String(current), () => setChoice(current === true));
  const { notify } = useToast();
  const act = useAction();
  if (current === undefined) return null;
  if (!editable) {
    return (
      <div class="stack" data-testid="team-per-rep" data-on={String(current)}>
        <h3>{t('teamIns_perRepHeading')}</h3>
        <p>{t(current ? 'teamIns_perRepOn' : 'teamIns_perRepOffReadonly')}</p>
      </div>
    );
  }
  const save = () => act(async () => {
    const writer = teamWriter();
    await saveTeamPerRep(writer, choice, Date.now());
    await writer.mirror();
    notify({ message: t('teamIns_perRepSaved'), kind: 'ok' });
  });
  return (
    <fieldset class="stack" data-testid="team-per-rep" data-on={String(current)}>
      <legend>{t('teamIns_perRepHeading')}</legend>
      <label class="checkbox">
        <input type="checkbox" checked={choice} onChange={(e) => setChoice((e.target as HTMLInputElement).checked)} data-testid="team-per-rep-toggle" />
        <span>{t('teamIns_perRepLabel')}</span>
      </label>
      <p class="muted small">{t('teamIns_perRepHint')}</p>
      <div><button type="button" class="btn" disabled={choice === current} onClick={() => void save()} data-testid="team-per-rep-save">{t('teamIns_perRepSave')}</button></div>
    </fieldset>
  );
}
