// Edit a saved prospect's main fields right in the popup: the dashboard's checks and messages, saved the same way.
import { useState } from 'preact/hooks';
import type { ProspectRecord } from '../../db/database';
import { send } from '../../messaging/client';
import { checkDraft, draftOf, patchOf, type DraftErrors, type ProspectDraftText } from '../options/prospects/prospect-draft';
import { t } from '../shared/i18n';

type EditableField = 'fullName' | 'title' | 'company' | 'emails' | 'phones' | 'city' | 'region' | 'country' | 'linkedin' | 'tags';

const FIELDS: { key: EditableField; label: string; multiline?: boolean; type?: string; hint?: string }[] = [
  { key: 'fullName', label: 'fieldFullName' },
  { key: 'title', label: 'fieldTitle' },
  { key: 'company', label: 'fieldCompany' },
  { key: 'emails', label: 'fieldEmails', multiline: true },
  { key: 'phones', label: 'fieldPhones', multiline: true },
  { key: 'city', label: 'opt_fieldCity' },
  { key: 'region', label: 'opt_fieldRegion' },
  { key: 'country', label: 'opt_fieldCountry' },
  { key: 'linkedin', label: 'opt_fieldLinkedin', type: 'url' },
  { key: 'tags', label: 'opt_fieldTags', hint: 'opt_fieldTagsHint' },
];

export function ProspectEdit({ prospect, onDone }: { prospect: ProspectRecord; onDone: (saved: boolean) => void }) {
  const [draft, setDraft] = useState<ProspectDraftText>(() => draftOf(prospect));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const patch = patchOf(prospect, draft);
  const dirty = Object.keys(patch).length > 0;

  const save = async (e: Event) => {
    e.preventDefault();
    const found = checkDraft(draft);
    setErrors(found);
    if (Object.keys(found).length) return;
    if (!dirty) return onDone(false);
    setSaving(true);
    setSaveError(null);
    try {
      await send('prospects.update', { id: prospect.id, patch });
      onDone(true);
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
      setSaving(false);
    }
  };

  return (
    <form class="card stack" onSubmit={save} aria-labelledby="prospect-edit-heading" data-testid="prospect-edit" noValidate>
      <h2 id="prospect-edit-heading">{t('editProspect', prospect.fullName)}</h2>
      {FIELDS.map(({ key, label, multiline, type, hint }) => {
        const id = `edit-${key}`;
        const error = errors[key] ? t(errors[key]!) : undefined;
        const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
        const common = {
          id, name: key, value: draft[key], 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, 'data-testid': id,
          onInput: (ev: Event) => { const value = (ev.currentTarget as HTMLInputElement).value; setDraft((d) => ({ ...d, [key]: value })); },
        };
        return (
          <div key={key} class="field">
            <label for={id}>{t(label)}</label>
            {multiline ? <textarea rows={2} {...common} /> : <input type={(type ?? 'text') as 'text'} {...common} />}
            {hint && <span id={`${id}-hint`} class="muted small">{t(hint)}</span>}
            {error && <span id={`${id}-error`} class="alert error small" role="alert">{error}</span>}
          </div>
        );
      })}
      {saveError && <p class="alert error" role="alert" data-testid="edit-save-error">{t('opt_saveFailed', saveError)}</p>}
      <div class="row">
        <button type="button" class="btn" onClick={() => onDone(false)} data-testid="edit-cancel">{t('cancel')}</button>
        <button type="submit" class="btn primary grow" disabled={saving} data-testid="edit-save">{saving ? t('saving') : t('opt_saveChanges')}</button>
      </div>
    </form>
  );
}
