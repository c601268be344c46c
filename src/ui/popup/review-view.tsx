// Review before save: every extracted field is editable and shows where it came from.
import { useMemo, useState } from 'preact/hooks';
import { DEPARTMENTS, SENIORITIES, type Department, type FieldSource, type Phone, type ProspectDraft, type ProspectFields, type Seniority } from '../../domain/prospect';
import { completeProfileUrl } from '../../domain/profile-url';
import { normalizeLocation } from '../../domain/location';
import { parseTitle } from '../../domain/titles/parse-title';
import type { MergeCandidate, MergeDecision } from '../../db/prospects-repo';
import { t } from '../shared/i18n';
import { parsePhoneLine, phoneLine } from '../shared/phone-line';

type TextField = 'fullName' | 'firstName' | 'lastName' | 'title' | 'headline' | 'company' | 'website';

function SourceBadge({ source, id }: { source: FieldSource | undefined; id: string }) {
  if (!source) return null;
  return <span class="source" id={id} title={t('reviewSourceTitle', source)}>{source}</span>;
}

/** A labelled field whose source badge describes the input (not part of its name, so "Title" stays "Title"). */
function Field(props: { name: string; label: string; source: FieldSource | undefined; children: (ids: { id: string; describedBy?: string }) => preact.ComponentChildren }) {
  const id = `field-${props.name}`;
  const sourceId = `source-${props.name}`;
  return (
    <div class="field">
      <span class="row"><label class="grow" for={id}>{props.label}</label><SourceBadge source={props.source} id={sourceId} /></span>
      {props.children(props.source ? { id, describedBy: sourceId } : { id })}
    </div>
  );
}

function listToText(list: string[]): string {
  return list.join('\n');
}

function textToList(text: string): string[] {
  return text.split(/[\n,;]+/).map((s) => s.trim()).filter(Boolean);
}

function phonesToText(phones: Phone[]): string {
  return phones.map(phoneLine).join('\n');
}

function textToPhones(text: string, previous: Phone[]): Phone[] {
  return textToList(text.replace(/,/g, '\n')).map((line) => {
    const { number, label: written } = parsePhoneLine(line);
    const known = previous.find((p) => p.number === number);
    const label = written ?? known?.label;
    return { ...(known ?? {}), number, ...(label ? { label } : {}) };
  });
}

/** Same rule as the dashboard's form: a profile is a full web address ("linkedin.com/in/x" is completed). */
const isWebAddress = (url: string) => /^https?:\/\/\S+$/i.test(completeProfileUrl(url));

/** The profiles to show as inputs: every captured network, and LinkedIn always, so it can be added. */
function profileNetworks(profiles: Record<string, string>): string[] {
  return [...new Set(['linkedin', ...Object.keys(profiles)])];
}

export function ReviewView(props: {
  draft: ProspectDraft;
  saving: boolean;
  error: string | null;
  /** A stored person this capture likely is (same name and company): the rep merges or saves a new one. */
  match?: MergeCandidate;
  onSave: (draft: ProspectDraft, decision?: MergeDecision) => void;
  onCancel: () => void;
}) {
  const [fields, setFields] = useState<ProspectFields>(() => structuredClone(props.draft.fields));
  const [sources, setSources] = useState(() => ({ ...props.draft.fieldSources }));
  const guess = useMemo(() => (fields.title || fields.headline ? parseTitle(fields.title || fields.headline || '') : null), [fields.title, fields.headline]);

  const edit = <K extends keyof ProspectFields>(key: K, value: ProspectFields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    setSources((s) => ({ ...s, [key]: 'manual' as FieldSource }));
  };

  const text = (key: TextField, label: string, attrs: Record<string, string> = {}) => (
    <Field name={key} label={label} source={sources[key]}>
      {({ id, describedBy }) => (
        <input
          id={id}
          name={key}
          aria-describedby={describedBy}
          value={fields[key] ?? ''}
          onInput={(e) => edit(key, (e.currentTarget as HTMLInputElement).value)}
          {...attrs}
        />
      )}
    </Field>
  );

  const nameMissing = !fields.fullName.trim();
  // The title's guess fills seniority and department unless the rep picked one.
  const seniority = sources.seniority === 'manual' ? fields.seniority : guess?.seniority ?? fields.seniority;
  const department = sources.department === 'manual' ? fields.department : guess?.department ?? fields.department;
  const [tagsText, setTagsText] = useState(() => fields.tags.join(', '));
  const badProfiles = Object.entries(fields.profiles).filter(([, url]) => url.trim() && !isWebAddress(url)).map(([network]) => network);
  const blocked = nameMissing || badProfiles.length > 0;
  const editProfile = (network: string, url: string) => {
    const profiles = { ...fields.profiles };
    if (url.trim()) profiles[network] = url.trim();
    else delete profiles[network];
    edit('profiles', profiles);
  };
  const finalDraft = (): ProspectDraft => {
    const { seniority: _s, department: _d, ...rest } = fields;
    const profiles = Object.fromEntries(Object.entries(fields.profiles).map(([network, url]) => [network, completeProfileUrl(url)]));
    return {
      ...props.draft,
      fields: { ...rest, profiles, ...(seniority ? { seniority } : {}), ...(department ? { department } : {}) },
      fieldSources: sources,
    };
  };
  const submit = (e: Event) => {
    e.preventDefault();
    if (blocked || props.match) return;
    props.onSave(finalDraft());
  };
  const match = props.match;

  return (
    <form class="stack" onSubmit={submit} aria-label={t('reviewHeading')}>
      <div class="row">
        <h2 class="grow">{t('reviewHeading')}</h2>
        <span class="badge">{props.draft.source.site}</span>
      </div>
      <p class="muted">{t('reviewHint')}</p>
      {text('fullName', t('fieldFullName'), { required: 'true', autoFocus: 'true' })}
      {nameMissing && <p class="alert error" role="alert">{t('reviewNameRequired')}</p>}
      <div class="two-col">
        {text('firstName', t('fieldFirstName'))}
        {text('lastName', t('fieldLastName'))}
      </div>
      {text('title', t('fieldTitle'))}
      <div class="two-col" aria-label={guess ? t('reviewGuessLabel') : undefined} role="group" data-testid="review-role">
        <Field name="seniority" label={t('reviewSeniority')} source={sources.seniority === 'manual' || !guess ? sources.seniority : undefined}>
          {({ id, describedBy }) => (
            <select id={id} name="seniority" aria-describedby={describedBy} value={seniority ?? ''}
              onChange={(e) => edit('seniority', ((e.currentTarget as HTMLSelectElement).value || undefined) as Seniority | undefined)}>
              <option value="">{t('reviewNotSet')}</option>
              {SENIORITIES.map((s) => <option key={s} value={s}>{t(`seniority_${s}`)}</option>)}
            </select>
          )}
        </Field>
        <Field name="department" label={t('reviewDepartment')} source={sources.department === 'manual' || !guess ? sources.department : undefined}>
          {({ id, describedBy }) => (
            <select id={id} name="department" aria-describedby={describedBy} value={department ?? ''}
              onChange={(e) => edit('department', ((e.currentTarget as HTMLSelectElement).value || undefined) as Department | undefined)}>
              <option value="">{t('reviewNotSet')}</option>
              {DEPARTMENTS.map((d) => <option key={d} value={d}>{t(`department_${d}`)}</option>)}
            </select>
          )}
        </Field>
      </div>
      {guess && sources.seniority !== 'manual' && sources.department !== 'manual' && <p class="muted small">{t('reviewGuessLabel')}</p>}
      {text('company', t('fieldCompany'))}
      {text('headline', t('fieldHeadline'))}
      <Field name="location" label={t('fieldLocation')} source={sources.location}>
        {({ id, describedBy }) => <input
          id={id}
          aria-describedby={describedBy}
          name="location"
          value={fields.location?.raw || [fields.location?.city, fields.location?.region, fields.location?.country].filter(Boolean).join(', ')}
          onInput={(e) => {
            // The text stays as typed (spaces and commas included) while it is split for the fields behind it.
            const raw = (e.currentTarget as HTMLInputElement).value;
            const split = normalizeLocation({ raw });
            edit('location', split ? { ...split, raw } : undefined);
          }}
        />}
      </Field>
      <Field name="emails" label={t('fieldEmails')} source={sources.emails}>
        {({ id, describedBy }) => <textarea id={id} aria-describedby={describedBy} name="emails" rows={2} value={listToText(fields.emails)} onChange={(e) => edit('emails', textToList((e.currentTarget as HTMLTextAreaElement).value))} />}
      </Field>
      <Field name="phones" label={t('fieldPhones')} source={sources.phones}>
        {({ id, describedBy }) => <textarea id={id} aria-describedby={describedBy} name="phones" rows={2} value={phonesToText(fields.phones)} onChange={(e) => edit('phones', textToPhones((e.currentTarget as HTMLTextAreaElement).value, fields.phones))} />}
      </Field>
      {text('website', t('fieldWebsite'), { type: 'url' })}
      {profileNetworks(fields.profiles).map((network) => (
        <Field key={network} name={`profile-${network}`} label={t('reviewProfile', network === 'linkedin' ? 'LinkedIn' : network)} source={fields.profiles[network] ? sources.profiles : undefined}>
          {({ id, describedBy }) => (
            <>
              <input id={id} name={`profile-${network}`} type="text" inputMode="url" spellcheck={false} aria-describedby={badProfiles.includes(network) ? `${id}-error` : describedBy}
                aria-invalid={badProfiles.includes(network) ? true : undefined} value={fields.profiles[network] ?? ''}
                onInput={(e) => editProfile(network, (e.currentTarget as HTMLInputElement).value)} />
              {badProfiles.includes(network) && <span id={`${id}-error`} class="alert error small" role="alert">{t('opt_errUrl')}</span>}
            </>
          )}
        </Field>
      ))}
      <Field name="tags" label={t('opt_fieldTags')} source={sources.tags}>
        {({ id, describedBy }) => (
          <input id={id} name="tags" aria-describedby={describedBy} value={tagsText} placeholder={t('opt_fieldTagsHint')}
            onInput={(e) => {
              const value = (e.currentTarget as HTMLInputElement).value;
              setTagsText(value);
              edit('tags', [...new Set(value.split(',').map((tag) => tag.trim()).filter(Boolean))]);
            }} />
        )}
      </Field>
      <label class="field">
        <span>{t('fieldNotes')}</span>
        <textarea name="notes" rows={2} value={fields.notes} onInput={(e) => edit('notes', (e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      {match && (
        <div class="alert warn stack" role="alertdialog" aria-labelledby="merge-question" data-testid="merge-question">
          <p id="merge-question"><strong>{t('mergeQuestion', match.fullName)}</strong></p>
          <p class="muted small">{[match.title, match.company].filter(Boolean).join(' · ')} — {t('mergeEvidenceName')}</p>
          <div class="row">
            <button type="button" class="btn primary grow" disabled={props.saving || blocked} onClick={() => props.onSave(finalDraft(), { kind: 'merge', id: match.id })} data-testid="merge-confirm">{t('mergeConfirm')}</button>
            <button type="button" class="btn grow" disabled={props.saving || blocked} onClick={() => props.onSave(finalDraft(), { kind: 'new' })} data-testid="merge-save-new">{t('mergeSaveNew')}</button>
          </div>
        </div>
      )}
      {/* The save error stays beside the buttons: above them, in the flow, the sticky bar would cover it. */}
      <div class="review-footer">
        {props.error && <p class="alert error" role="alert">{props.error}</p>}
        <div class="review-actions">
          <button type="button" class="btn" onClick={props.onCancel}>{t('cancel')}</button>
          <button type="submit" class="btn primary grow" disabled={props.saving || blocked || Boolean(match)}>
            {props.saving ? t('saving') : t('saveProspect')}
          </button>
        </div>
      </div>
    </form>
  );
}
