// Review before saving a company (a company page, an About page): every field editable, with where it came from.
import { useState } from 'preact/hooks';
import { parseCompanySize, type CompanyDraft, type CompanyFieldSource, type CompanyFields } from '../../domain/companies';
import { t } from '../shared/i18n';

type TextKey = 'name' | 'website' | 'industry' | 'sizeLabel' | 'description';

const isWebAddress = (url: string) => /^https?:\/\/\S+$/i.test(url.trim());
const NETWORK_LABELS: Record<string, string> = { linkedin: 'LinkedIn', x: 'X', github: 'GitHub' };

function locationText(fields: CompanyFields): string {
  const loc = fields.location;
  return [loc?.city, loc?.region, loc?.country].filter(Boolean).join(', ') || loc?.raw || '';
}

export function CompanyReviewView(props: {
  draft: CompanyDraft;
  saving: boolean;
  error: string | null;
  onSave: (draft: CompanyDraft) => void;
  onCancel: () => void;
}) {
  const [fields, setFields] = useState<CompanyFields>(() => structuredClone(props.draft.fields));
  const [sources, setSources] = useState(() => ({ ...props.draft.fieldSources }));
  const edit = <K extends keyof CompanyFields>(key: K, value: CompanyFields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    setSources((s) => ({ ...s, [key]: 'manual' as CompanyFieldSource }));
  };
  const networks = [...new Set(['linkedin', 'x', 'github', ...Object.keys(fields.profiles)])];
  const badProfiles = networks.filter((n) => fields.profiles[n]?.trim() && !isWebAddress(fields.profiles[n]!));
  const badWebsite = Boolean(fields.website?.trim()) && !isWebAddress(fields.website!);
  const nameMissing = !fields.name.trim();
  const blocked = nameMissing || badWebsite || badProfiles.length > 0;

  const badge = (key: keyof CompanyFields) => {
    const source = sources[key];
    return source ? <span class="source" id={`co-source-${key}`} title={t('reviewSourceTitle', source)}>{source}</span> : null;
  };
  const text = (key: TextKey, label: string, attrs: Record<string, string> = {}) => (
    <div class="field">
      <span class="row"><label class="grow" for={`co-${key}`}>{label}</label>{badge(key)}</span>
      <input id={`co-${key}`} name={key} value={fields[key] ?? ''} aria-describedby={sources[key] ? `co-source-${key}` : undefined}
        onInput={(e) => edit(key, (e.currentTarget as HTMLInputElement).value)} {...attrs} />
    </div>
  );
  const submit = (e: Event) => {
    e.preventDefault();
    if (blocked) return;
    // A size the rep typed is read again; the captured count (JSON-LD's exact head count) stays otherwise.
    const size = sources.sizeLabel === 'manual' ? parseCompanySize(fields.sizeLabel) : fields.size;
    const profiles = Object.fromEntries(Object.entries(fields.profiles).filter(([, url]) => url.trim()));
    const { size: _captured, ...rest } = fields;
    props.onSave({ ...props.draft, fields: { ...rest, profiles, ...(size !== undefined ? { size } : {}) }, fieldSources: sources });
  };

  return (
    <form class="stack" onSubmit={submit} aria-label={t('co_reviewHeading')} data-testid="company-review">
      <div class="row">
        <h2 class="grow">{t('co_reviewHeading')}</h2>
        <span class="badge">{props.draft.source.site}</span>
      </div>
      <p class="muted">{t('co_reviewHint')}</p>
      {text('name', t('co_fieldName'), { required: 'true', autoFocus: 'true' })}
      {nameMissing && <p class="alert error" role="alert">{t('co_nameRequired')}</p>}
      {text('website', t('co_fieldWebsite'), { type: 'url' })}
      {badWebsite && <p class="alert error small" role="alert">{t('opt_errUrl')}</p>}
      <div class="two-col">
        {text('industry', t('co_fieldIndustry'))}
        {text('sizeLabel', t('co_fieldSize'), { placeholder: t('co_fieldSizeHint') })}
      </div>
      <div class="field">
        <span class="row"><label class="grow" for="co-location">{t('co_fieldLocation')}</label>{badge('location')}</span>
        <input id="co-location" name="location" value={locationText(fields)} onInput={(e) => {
          const raw = (e.currentTarget as HTMLInputElement).value;
          edit('location', raw.trim() ? { raw } : undefined);
        }} />
      </div>
      {networks.map((network) => (
        <div class="field" key={network}>
          <span class="row"><label class="grow" for={`co-profile-${network}`}>{t('reviewProfile', NETWORK_LABELS[network] ?? network)}</label>{fields.profiles[network] ? badge('profiles') : null}</span>
          <input id={`co-profile-${network}`} name={`profile-${network}`} type="url" value={fields.profiles[network] ?? ''}
            aria-invalid={badProfiles.includes(network) ? true : undefined}
            onInput={(e) => edit('profiles', { ...fields.profiles, [network]: (e.currentTarget as HTMLInputElement).value })} />
          {badProfiles.includes(network) && <span class="alert error small" role="alert">{t('opt_errUrl')}</span>}
        </div>
      ))}
      <div class="field">
        <span class="row"><label class="grow" for="co-description">{t('co_fieldDescription')}</label>{badge('description')}</span>
        <textarea id="co-description" name="description" rows={2} value={fields.description ?? ''} onInput={(e) => edit('description', (e.currentTarget as HTMLTextAreaElement).value)} />
      </div>
      <div class="review-footer">
        {props.error && <p class="alert error" role="alert">{props.error}</p>}
        <div class="review-actions">
          <button type="button" class="btn" onClick={props.onCancel}>{t('cancel')}</button>
          <button type="submit" class="btn primary grow" disabled={props.saving || blocked} data-testid="save-company">
            {props.saving ? t('saving') : t('co_save')}
          </button>
        </div>
      </div>
    </form>
  );
}

/** After saving: what was stored, and the way to the company in the dashboard. */
export function CompanySavedView(props: { company: { id: string; name: string; domain?: string; industry?: string; sizeLabel?: string }; merged: boolean; onDone: () => void }) {
  const { company } = props;
  return (
    <section class="card stack" aria-labelledby="company-saved-heading" data-testid="company-saved">
      <p class="alert ok" role="status">{props.merged ? t('co_savedMerged') : t('co_savedNew')}</p>
      <h2 id="company-saved-heading">{company.name}</h2>
      <p class="muted">{[company.domain, company.industry, company.sizeLabel].filter(Boolean).join(' · ')}</p>
      <a class="btn primary block" href={`/src/ui/options/index.html#/companies/${encodeURIComponent(company.id)}`} target="_blank" rel="noreferrer" data-testid="open-company">{t('co_openInDashboard')}</a>
      <button type="button" class="btn block" onClick={props.onDone}>{t('back')}</button>
    </section>
  );
}
