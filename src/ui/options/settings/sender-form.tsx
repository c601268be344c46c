// The rep's own details, used by templates as {{sender.name}}, {{sender.meetingLink}} … Fields the administrator's
// policy sets show the policy's value, read-only, and say who set them; saving keeps the rep's own values under them.
import { useState } from 'preact/hooks';
import type { SenderProfile } from '../../../db/settings-repo';
import { send } from '../../../messaging/client';
import { t } from '../../shared/i18n';
import type { SenderState } from '../../shared/use-sender';
import { errorMessage } from '../shared/format';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { countryChoices } from './country-choices';
import { useToast } from '../shared/toast';
import { useOnChange } from '../shared/use-on-change';

export function SenderForm({ state }: { state: SenderState }) {
  const initial = state.local;
  const [sender, setSender] = useState<SenderProfile>(initial);
  const [linkError, setLinkError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { notify } = useToast();
  useOnChange(JSON.stringify(initial), () => setSender(initial));
  const set = (key: keyof SenderProfile) => (value: string) => setSender((s) => ({ ...s, [key]: value }));
  /** What a field shows and how: the policy's value read-only, or the rep's own. */
  const field = (key: keyof SenderProfile) =>
    state.managed.has(key)
      ? { value: state.sender[key], readOnly: true, hint: t('opt_setByPolicy'), onInput: () => undefined }
      : { value: sender[key], onInput: set(key) };

  const save = async (e: Event) => {
    e.preventDefault();
    const link = sender.meetingLink.trim();
    if (link && !state.managed.has('meetingLink') && !/^https:\/\/\S+$/i.test(link)) {
      setLinkError(t('opt_errMeetingLink'));
      return;
    }
    setLinkError(undefined);
    setSaving(true);
    setError(null);
    try {
      const { sender: saved } = await send('settings.setSender', { sender });
      setSender(saved);
      notify({ message: t('opt_settingsSaved'), kind: 'ok' });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  const countryManaged = state.managed.has('country');
  return (
    <form class="card stack" onSubmit={save} aria-labelledby="sender-heading" data-testid="sender-form" noValidate>
      <h2 id="sender-heading">{t('opt_aboutYou')}</h2>
      <p class="muted">{t('opt_aboutYouHint')}</p>
      {state.managed.size > 0 && <p class="alert" role="note" data-testid="policy-notice">{t('opt_policyNotice')}</p>}
      <div class="form-grid">
        <TextField label={t('opt_yourName')} {...field('name')} testId="sender-name" />
        <TextField label={t('opt_yourTitle')} {...field('title')} testId="sender-title" />
        <TextField label={t('opt_yourCompany')} {...field('company')} testId="sender-company" />
        <TextField label={t('opt_yourEmail')} {...field('email')} type="email" testId="sender-email" />
        <TextField label={t('opt_yourPhone')} {...field('phone')} testId="sender-phone" />
        <TextField label={t('opt_meetingLink')} {...field('meetingLink')} error={linkError} type="url" placeholder="https://" testId="sender-meeting-link" />
        <SelectField label={t('opt_yourCountry')} value={countryManaged ? state.sender.country : sender.country} options={countryChoices()} onChange={set('country')}
          disabled={countryManaged} hint={countryManaged ? t('opt_setByPolicy') : undefined} testId="sender-country" />
        <TextField label={t('opt_signature')} {...field('signature')} multiline rows={4} class="span-2" testId="sender-signature" />
      </div>
      {error && <p class="alert error" role="alert" data-testid="sender-error">{t('opt_saveFailed', error)}</p>}
      <div><button type="submit" class="btn primary" disabled={saving} data-testid="sender-save">{saving ? t('saving') : t('opt_save')}</button></div>
    </form>
  );
}
