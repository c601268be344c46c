// The segment editor, in sections (Who: basics and a readable rule summary that unfolds into the rules builder;
// Talking points; Messages; Preview). Validation messages sit next to the fields they are about, the sections
// holding them are marked, and each message in the summary leads to its section. Nothing typed is lost when a save fails.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { ProspectFields } from '../../../domain/prospect';
import type { Sender } from '../../../domain/messages/template-fields';
import { validateSegment, type Segment, type ValidationIssue } from '../../../domain/segments/segment-schema';
import { send } from '../../../messaging/client';
import { t, tn } from '../../shared/i18n';
import { navigate } from '../router';
import { errorMessage, formatNumber } from '../shared/format';
import { useToast } from '../shared/toast';
import { useUnsavedGuard } from '../shared/use-unsaved-guard';
import { ConfirmButton } from '../shared/confirm-button';
import { NumberInput, TextInput } from './inputs';
import { IssueIndex, NO_ISSUES } from './issues';
import { RuleGroupEditor } from './rule-group-editor';
import { RulesSummary } from './rules-summary';
import { SAMPLE_PROSPECT } from './sample-prospect';
import { duplicateSegment, normalizeForSave, slugify } from './segment-draft';
import { SectionPanel, SectionTabs, sectionLabel, sectionOfPath, type SectionId } from './segment-sections';
import { SegmentPreview } from './segment-preview';
import { TalkingPointsEditor } from './talking-points-editor';
import { TemplatesEditor } from './templates-editor';
import { PackBadge } from './pack-badge';

export function SegmentEditor(props: { initial: Segment; isNew: boolean; takenIds: string[]; sender: Sender }) {
  const [draft, setDraft] = useState<Segment>(() => structuredClone(props.initial));
  const [baseline, setBaseline] = useState(() => JSON.stringify(props.initial));
  const [idEdited, setIdEdited] = useState(!props.isNew);
  const [attempted, setAttempted] = useState(!props.isNew);
  const [serverIssues, setServerIssues] = useState<ValidationIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [previewProspect, setPreviewProspect] = useState<ProspectFields>(SAMPLE_PROSPECT);
  const [section, setSection] = useState<SectionId>('who');
  const [rulesOpen, setRulesOpen] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const { notify } = useToast();

  const candidate = useMemo(() => normalizeForSave(draft), [draft]);
  const localIssues = useMemo<ValidationIssue[]>(() => {
    const result = validateSegment(candidate);
    const list = result.ok ? [] : [...result.issues];
    if (props.isNew && candidate.id && props.takenIds.includes(candidate.id)) list.push({ path: 'id', message: t('opt_idTaken', candidate.id) });
    return list;
  }, [candidate, props.isNew, props.takenIds]);
  const allIssues = localIssues.length ? localIssues : serverIssues;
  const issues = attempted ? new IssueIndex(allIssues) : NO_ISSUES;
  const dirty = JSON.stringify(draft) !== baseline;
  const issueCounts: Partial<Record<SectionId, number>> = {};
  for (const issue of issues.all) {
    const at = sectionOfPath(issue.path);
    issueCounts[at] = (issueCounts[at] ?? 0) + 1;
  }
  const rulesHaveIssues = issues.under(['rules']).length > 0;

  /** Shows the section holding a field and moves focus to its first field marked invalid. */
  const goToIssue = (path: string) => {
    const target = sectionOfPath(path);
    setSection(target);
    if (path.startsWith('rules')) setRulesOpen(true);
    requestAnimationFrame(() => {
      const panel = document.getElementById(`section-${target}`);
      const field = panel?.querySelector<HTMLElement>('[aria-invalid="true"]');
      (field ?? panel)?.focus();
    });
  };
  useUnsavedGuard(dirty);

  const update = (patch: Partial<Segment>) => {
    setServerIssues([]);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const setName = (name: string) => update(idEdited ? { name } : { name, id: slugify(name) });

  const save = async () => {
    setAttempted(true);
    setSaveError(null);
    if (localIssues.length) {
      summary.current?.focus();
      return;
    }
    setSaving(true);
    try {
      const result = await send('segments.save', { segment: candidate });
      if (!result.ok) {
        setServerIssues(result.issues);
        summary.current?.focus();
        return;
      }
      setDraft(result.segment);
      setBaseline(JSON.stringify(result.segment));
      notify({ message: t('opt_segmentSaved', result.segment.name, tn('count_prospects', result.rematched)), kind: 'ok' });
      if (props.isNew) navigate({ name: 'segment', id: result.segment.id });
    } catch (err) {
      setSaveError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  const duplicate = async () => {
    setSaveError(null);
    const copy = duplicateSegment(candidate, props.takenIds, t('opt_copyOf', candidate.name));
    try {
      const result = await send('segments.save', { segment: copy });
      if (!result.ok) {
        setAttempted(true);
        setServerIssues(result.issues);
        return;
      }
      notify({ message: t('opt_segmentDuplicated', result.segment.name), kind: 'ok' });
      navigate({ name: 'segment', id: result.segment.id });
    } catch (err) {
      setSaveError(errorMessage(err));
    }
  };

  const remove = async () => {
    try {
      const { segment } = await send('segments.delete', { id: props.initial.id });
      navigate({ name: 'segments' });
      if (segment) notify({ message: t('opt_segmentDeleted', segment.name), undo: () => send('segments.save', { segment }) });
    } catch (err) {
      setSaveError(errorMessage(err));
    }
  };

  const pack = props.initial.pack;
  const editCopy = async () => {
    setSaveError(null);
    try {
      const { segment } = await send('packs.copySegment', { id: props.initial.id });
      notify({ message: t('packs_copyMade', segment.name), kind: 'ok' });
      navigate({ name: 'segment', id: segment.id });
    } catch (err) {
      setSaveError(errorMessage(err));
    }
  };

  const segmentRef = { id: draft.id, name: draft.name };
  return (
    <div class="page segment-editor" data-testid="segment-editor">
      <p><a href="#/segments" class="back-link">{t('opt_backToSegments')}</a></p>
      <header class="page-header">
        <h1>{props.isNew ? t('opt_newSegment') : draft.name || props.initial.name}</h1>
        {pack && <PackBadge pack={pack} />}
      </header>
      {pack && (
        <div class="alert pack-notice" data-testid="pack-read-only">
          <span class="grow">{t(pack.managed ? 'packs_readOnlyPolicy' : 'packs_readOnlyPack', pack.name, pack.version)}</span>
          <button type="button" class="btn primary" onClick={() => void editCopy()} data-testid="pack-edit-copy">{t('packs_editCopy')}</button>
        </div>
      )}

      <div ref={summary} tabIndex={-1} class="issues-summary" data-testid="issues-summary">
        {attempted && allIssues.length > 0 && (
          <div class="alert error" role="alert">
            <p><strong>{t('opt_fixIssues', String(allIssues.length))}</strong></p>
            <ul>{allIssues.slice(0, 12).map((i, n) => (
              <li key={n}>
                <button type="button" class="link-button" onClick={() => goToIssue(i.path)}>
                  {sectionLabel(sectionOfPath(i.path))}: <code>{i.path || t('opt_segmentWord')}</code>
                </button>{' '}{i.message}
              </li>
            ))}</ul>
          </div>
        )}
        {saveError && <p class="alert error" role="alert" data-testid="segment-save-error">{t('opt_saveFailed', saveError)}</p>}
      </div>

      <SectionTabs current={section} issueCounts={issueCounts} onSelect={setSection} />

      <SectionPanel id="who" current={section}>
        <fieldset class="plain-fieldset" disabled={Boolean(pack)}>
        <section class="card stack" aria-labelledby="basics-heading">
          <h2 id="basics-heading">{t('opt_basics')}</h2>
          <div class="form-grid">
            <TextInput label={t('opt_segmentName')} value={draft.name} issues={issues.at(['name'])} onChange={setName} testId="segment-name" />
            {props.isNew ? (
              <TextInput label={t('opt_segmentId')} value={draft.id} hint={t('opt_segmentIdHint')} issues={issues.at(['id'])}
                onChange={(id) => { setIdEdited(true); update({ id }); }} testId="segment-id" />
            ) : (
              <div class="form-field"><span class="label-like">{t('opt_segmentId')}</span><code>{draft.id}</code></div>
            )}
            <NumberInput label={t('opt_priority')} value={draft.priority} step={1} hint={t('opt_priorityHint')} issues={issues.at(['priority'])}
              onChange={(priority) => update({ priority: priority as number })} testId="segment-priority" />
            <NumberInput label={t('opt_threshold')} value={draft.threshold} min={0} max={100} step={1} hint={t('opt_thresholdHint')} issues={issues.at(['threshold'])}
              onChange={(threshold) => update({ threshold: threshold as number })} testId="segment-threshold" />
            <TextInput label={t('opt_description')} value={draft.description} multiline rows={2} class="span-2" issues={issues.at(['description'])}
              onChange={(description) => update({ description })} />
          </div>
        </section>

        <section class="card stack" aria-labelledby="rules-heading">
          <h2 id="rules-heading">{t('opt_sumHeading')}</h2>
          <RulesSummary rules={draft.rules} threshold={draft.threshold} expanded={rulesOpen || rulesHaveIssues} onToggle={() => setRulesOpen(!(rulesOpen || rulesHaveIssues))} />
          <div id="rules-builder" class="stack" hidden={!(rulesOpen || rulesHaveIssues)}>
            <p class="muted">{t('opt_rulesIntro')}</p>
            <RuleGroupEditor group={draft.rules} path={['rules']} weighted issues={issues} onChange={(rules) => update({ rules })} />
          </div>
        </section>
        </fieldset>
      </SectionPanel>

      <SectionPanel id="points" current={section}>
        <fieldset class="plain-fieldset" disabled={Boolean(pack)}>
        <section class="card stack" aria-labelledby="points-heading">
          <h2 id="points-heading">{t('opt_talkingPoints')}</h2>
          <TalkingPointsEditor points={draft.talkingPoints} issues={issues} prospect={previewProspect} sender={props.sender}
            onChange={(talkingPoints) => update({ talkingPoints })} />
        </section>
        </fieldset>
      </SectionPanel>

      <SectionPanel id="messages" current={section}>
        <fieldset class="plain-fieldset" disabled={Boolean(pack)}>
        <section class="card stack" aria-labelledby="templates-heading">
          <h2 id="templates-heading">{t('opt_templates')}</h2>
          <p class="muted">
            {t('opt_previewingAsShort', previewProspect.fullName)}{' '}
            <button type="button" class="btn small ghost" onClick={() => setSection('preview')}>{t('opt_changePreviewProspect')}</button>
          </p>
          <TemplatesEditor templates={draft.templates} issues={issues} prospect={previewProspect} sender={props.sender} segment={segmentRef}
            onChange={(templates) => update({ templates })} />
        </section>
        </fieldset>
      </SectionPanel>

      <SectionPanel id="preview" current={section}>
        <section class="card stack" aria-labelledby="preview-heading">
          <h2 id="preview-heading">{t('opt_sectionPreview')}</h2>
          {section === 'preview' && <SegmentPreview segment={candidate} valid={localIssues.length === 0} prospect={previewProspect} sender={props.sender} onPick={setPreviewProspect} />}
        </section>
      </SectionPanel>

      {pack ? (
        <div class="action-bar" role="group" aria-label={t('opt_segmentActions')}>
          <button type="button" class="btn primary" onClick={() => void editCopy()} data-testid="pack-edit-copy-bar">{t('packs_editCopy')}</button>
        </div>
      ) : (
      <div class="action-bar" role="group" aria-label={t('opt_segmentActions')}>
        <button type="button" class="btn primary" onClick={() => void save()} disabled={saving} data-testid="segment-save">
          {saving ? t('opt_savingRematching') : t('opt_saveSegment')}
        </button>
        {dirty && <span class="muted">{t('opt_unsavedChanges')}</span>}
        <span class="grow" />
        {!props.isNew && (
          <>
            <button type="button" class="btn" onClick={() => void duplicate()} data-testid="segment-duplicate">{t('opt_duplicate')}</button>
            <ConfirmButton label={t('opt_deleteSegment')} question={t('opt_deleteSegmentQuestion')} confirmLabel={t('opt_deleteSegment')} danger onConfirm={() => void remove()} testId="segment-delete" />
          </>
        )}
      </div>
      )}
    </div>
  );
}
