// One prospect: who they are, which segments they match and why, what to say, and a call to log.
import { useState } from 'preact/hooks';
import { STAGES, type Stage } from '../../domain/prospect';
import { send } from '../../messaging/client';
import { extensionUrl } from '../../platform/browser';
import { Avatar } from '../shared/avatar';
import { store } from '../shared/store';
import { t } from '../shared/i18n';
import { useLiveQuery } from '../shared/use-live-query';
import { useProspectInsight } from '../shared/use-prospect-insight';
import { useTemplateSender } from '../shared/use-sender';
import { MessageSuggestions } from './message-suggestions';
import { HandoffView } from '../shared/handoff-view';
import { ProspectEdit } from './prospect-edit';
import { ProspectNotes } from './prospect-notes';
import { SegmentMatches } from './segment-matches';
import { TalkingPoints } from './talking-points';

export function ProspectView(props: {
  id: string;
  notice?: string | undefined;
  composeTabId: number | null;
  onLogCall: (prospectId: string, context: { segmentId?: string; templateId?: string }) => void;
}) {
  const prospect = useLiveQuery(() => store.getProspect(props.id), [props.id]);
  const segments = useLiveQuery(() => store.segments(), []);
  const sender = useTemplateSender();
  const [focusId, setFocusId] = useState<string | undefined>(undefined);
  const insight = useProspectInsight(prospect, segments, sender, focusId);
  const [stageError, setStageError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  if (prospect === undefined) return <p class="muted">{t('loading')}</p>;
  if (prospect === null) return <p class="alert error">{t('prospectGone')}</p>;

  const subtitle = [prospect.title, prospect.company].filter(Boolean).join(t('titleAtCompanySeparator'));
  const changeStage = async (stage: Stage) => {
    setStageError(null);
    try {
      await send('prospects.setStage', { id: prospect.id, stage });
    } catch (err) {
      setStageError(err instanceof Error ? err.message : String(err));
    }
  };
  const phone = prospect.phones[0];
  // The call is counted for the segment in focus and the opener it suggests, so marketing sees which scripts work.
  const callContext = () => {
    const opener = insight?.suggestions.find((m) => m.channel === 'call_opener');
    return { ...(insight?.focus ? { segmentId: insight.focus.id } : {}), ...(opener ? { templateId: opener.templateId } : {}) };
  };

  return (
    <section class="stack" aria-labelledby="prospect-name" data-testid="prospect-view">
      {props.notice && <p class="alert ok" role="status">{props.notice}</p>}
      {saved && !editing && <p class="alert ok" role="status" data-testid="edit-saved">{t('editSaved')}</p>}
      {editing ? <ProspectEdit prospect={prospect} onDone={(didSave) => { setEditing(false); setSaved(didSave); }} /> : <div class="card stack">
        <div class="row">
          <Avatar name={prospect.fullName} />
          <div class="grow">
            <h1 id="prospect-name" class="truncate">{prospect.fullName}</h1>
            {subtitle && <p class="muted truncate" title={subtitle}>{subtitle}</p>}
          </div>
          <button type="button" class="btn small" onClick={() => { setSaved(false); setEditing(true); }} data-testid="edit-prospect">{t('editButton')}</button>
        </div>
        <div class="contact stack">
          {prospect.emails.slice(0, 2).map((email) => (
            <a key={email} class="truncate" href={`mailto:${email}`}>{email}</a>
          ))}
          {phone && <span>{phone.number}{phone.label ? ` · ${t(`phone_${phone.label}`)}` : ''}</span>}
        </div>
        <div class="row">
          <label class="field grow">
            <span>{t('stage')}</span>
            <select value={prospect.stage} onChange={(e) => void changeStage((e.currentTarget as HTMLSelectElement).value as Stage)}>
              {STAGES.map((s) => <option key={s} value={s}>{t(`stage_${s}`)}</option>)}
            </select>
          </label>
          <button type="button" class="btn primary" style={{ alignSelf: 'flex-end' }} onClick={() => props.onLogCall(prospect.id, callContext())} data-testid="log-call">
            {t('logCall')}
          </button>
        </div>
        {stageError && <p class="alert error" role="alert">{stageError}</p>}
        <a class="small" href={extensionUrl(`src/ui/options/index.html#/prospects/${prospect.id}`)} target="_blank" rel="noreferrer">
          {t('openInDashboard')}
        </a>
      </div>}
      <HandoffView prospect={prospect} segments={segments} />
      {insight && (
        <>
          <SegmentMatches matches={insight.matches} focusId={insight.focus?.id ?? null} onFocus={setFocusId} />
          <TalkingPoints segmentName={insight.focus?.name ?? null} points={insight.talkingPoints} />
          <MessageSuggestions prospectId={prospect.id} email={prospect.emails[0]} suggestions={insight.suggestions} composeTabId={props.composeTabId} />
        </>
      )}
      <ProspectNotes prospectId={prospect.id} />
    </section>
  );
}
