// The prospect's fields, editable. A failed save shows why and keeps everything typed.
import { normalizeLocation } from '../../../domain/location';
import { useState } from 'preact/hooks';
import type { ProspectRecord } from '../../../db/database';
import { DEPARTMENTS, SENIORITIES } from '../../../domain/prospect';
import { send } from '../../../messaging/client';
import { t } from '../../shared/i18n';
import { departmentLabel, errorMessage, seniorityLabel } from '../shared/format';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useToast } from '../shared/toast';
import { useOnChange } from '../shared/use-on-change';
import { useUnsavedGuard } from '../shared/use-unsaved-guard';
import { checkDraft, conflictingFields, draftOf, patchOf, rebaseDraft, type DraftErrors, type ProspectDraftText } from './prospect-draft';

const FIELD_LABELS: Record<keyof ProspectDraftText, () => string> = {
  fullName: () => t('fieldFullName'), firstName: () => t('fieldFirstName'), lastName: () => t('fieldLastName'), title: () => t('fieldTitle'),
  headline: () => t('fieldHeadline'), company: () => t('fieldCompany'), companyDomain: () => t('opt_fieldCompanyDomain'),
  industry: () => t('opt_fieldIndustry'), companySize: () => t('opt_fieldCompanySize'), seniority: () => t('opt_filterSeniority'),
  department: () => t('opt_fieldDepartment'), city: () => t('opt_fieldCity'), region: () => t('opt_fieldRegion'), country: () => t('opt_fieldCountry'),
  emails: () => t('fieldEmails'), phones: () => t('fieldPhones'), website: () => t('fieldWebsite'), linkedin: () => t('opt_fieldLinkedin'),
  tags: () => t('opt_fieldTags'), notes: () => t('fieldNotes'),
};

export function ProspectForm({ prospect }: { prospect: ProspectRecord }) {
  const [draft, setDraft] = useState<ProspectDraftText>(() => draftOf(prospect));
  // The location as the page or file wrote it, when the city, region and country fields do not say all of it ("Remote").
  const location = normalizeLocation(prospect.location);
  const asWritten = location?.raw && location.raw !== [location.city, location.region, location.country].filter(Boolean).join(', ') ? location.raw : undefined;
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  /** Fields the rep is editing that another tab changed meanwhile: shown, so a save never replaces that silently. */
  const [conflicts, setConflicts] = useState<(keyof ProspectDraftText)[]>([]);
  const { notify } = useToast();

  // A different prospect resets the form; a background update of the same one (an undone merge, another tab) shows
  // in every field the rep has not touched, and does not clobber typing.
  const [base, setBase] = useState(prospect);
  useOnChange(prospect.id, () => {
    setDraft(draftOf(prospect));
    setBase(prospect);
    setErrors({});
    setSaveError(null);
    setConflicts([]);
  });
  useOnChange(`${prospect.id} ${prospect.updatedAt}`, () => {
    if (base.id === prospect.id) {
      const clash = conflictingFields(base, draft, prospect);
      if (clash.length) setConflicts((known) => [...new Set([...known, ...clash])]);
      setDraft((d) => rebaseDraft(base, d, prospect));
    }
    setBase(prospect);
  });

  const patch = patchOf(prospect, draft);
  const dirty = Object.keys(patch).length > 0;
  useUnsavedGuard(dirty);
  const set = (key: keyof ProspectDraftText) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const err = (key: keyof ProspectDraftText) => (errors[key] ? t(errors[key]!) : undefined);

  const save = async (e: Event) => {
    e.preventDefault();
    const found = checkDraft(draft);
    setErrors(found);
    if (Object.keys(found).length) return;
    setSaving(true);
    setSaveError(null);
    try {
      const { prospect: saved } = await send('prospects.update', { id: prospect.id, patch });
      setDraft(draftOf(saved));
      setConflicts([]);
      notify({ message: t('opt_prospectSaved'), kind: 'ok' });
    } catch (error) {
      setSaveError(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  const seniorities = [{ value: '', label: t('opt_notSet') }, ...SENIORITIES.map((s) => ({ value: s, label: seniorityLabel(s) }))];
  const departments = [{ value: '', label: t('opt_notSet') }, ...DEPARTMENTS.map((d) => ({ value: d, label: departmentLabel(d) }))];
  return (
    <form class="card stack" onSubmit={save} aria-labelledby="prospect-fields-heading" data-testid="prospect-form" noValidate>
      <h2 id="prospect-fields-heading">{t('opt_details')}</h2>
      <div class="form-grid">
        <TextField label={t('fieldFullName')} value={draft.fullName} onInput={set('fullName')} error={err('fullName')} testId="field-fullName" />
        <TextField label={t('fieldTitle')} value={draft.title} onInput={set('title')} testId="field-title" />
        <TextField label={t('fieldFirstName')} value={draft.firstName} onInput={set('firstName')} />
        <TextField label={t('fieldLastName')} value={draft.lastName} onInput={set('lastName')} />
        <TextField label={t('fieldCompany')} value={draft.company} onInput={set('company')} testId="field-company" />
        <TextField label={t('opt_fieldCompanyDomain')} value={draft.companyDomain} onInput={set('companyDomain')} />
        <TextField label={t('opt_fieldIndustry')} value={draft.industry} onInput={set('industry')} />
        <TextField label={t('opt_fieldCompanySize')} value={draft.companySize} onInput={set('companySize')} error={err('companySize')} type="text" />
        <SelectField label={t('opt_filterSeniority')} value={draft.seniority} options={seniorities} onChange={set('seniority')} />
        <SelectField label={t('opt_fieldDepartment')} value={draft.department} options={departments} onChange={set('department')} />
        <TextField label={t('opt_fieldCity')} value={draft.city} onInput={set('city')} />
        <TextField label={t('opt_fieldRegion')} value={draft.region} onInput={set('region')} />
        <TextField label={t('opt_fieldCountry')} value={draft.country} onInput={set('country')} />
        {asWritten && <p class="muted span-2" data-testid="location-as-written">{t('loc_asWritten', asWritten)}</p>}
        <TextField label={t('fieldWebsite')} value={draft.website} onInput={set('website')} error={err('website')} type="url" />
        <TextField label={t('fieldHeadline')} value={draft.headline} onInput={set('headline')} class="span-2" testId="field-headline" />
        <TextField label={t('fieldEmails')} value={draft.emails} onInput={set('emails')} error={err('emails')} multiline rows={2} />
        <TextField label={t('fieldPhones')} value={draft.phones} onInput={set('phones')} multiline rows={2} />
        <TextField label={t('opt_fieldLinkedin')} value={draft.linkedin} onInput={set('linkedin')} error={err('linkedin')} type="url" class="span-2" />
        <TextField label={t('opt_fieldTags')} value={draft.tags} onInput={set('tags')} hint={t('opt_fieldTagsHint')} class="span-2" testId="field-tags" />
      </div>
      {conflicts.length > 0 && (
        <p class="alert warn" role="status" data-testid="edit-conflict">{t('opt_editConflict', conflicts.map((key) => FIELD_LABELS[key]()).join(', '))}</p>
      )}
      {saveError && <p class="alert error" role="alert" data-testid="save-error">{t('opt_saveFailed', saveError)}</p>}
      <div class="row">
        <button type="submit" class="btn primary" disabled={!dirty || saving} data-testid="prospect-save">
          {saving ? t('saving') : t('opt_saveChanges')}
        </button>
        {dirty && (
          <button type="button" class="btn ghost" onClick={() => { setDraft(draftOf(prospect)); setErrors({}); setSaveError(null); }}>
            {t('opt_discardChanges')}
          </button>
        )}
        {dirty && <span class="muted">{t('opt_unsavedChanges')}</span>}
      </div>
    </form>
  );
}
