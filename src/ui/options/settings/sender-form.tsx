// The rep's own details, used by templates as {{sender.name}}, {{sender.meetingLink}} …
import { useState } from 'preact/hooks';
import type { SenderProfile } from '../../../db/settings-repo';
import { send } from '../../../messaging/client';
import { t } from '../../shared/i18n';
import { errorMessage } from '../shared/format';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { countryChoices } from './country-choices';
import { useToast } from '../shared/toast';
import { useOnChange } from '../shared/use-on-change';

export function SenderForm({ initial }: { initial: SenderProfile }) {
  const [sender, setSender] = useState<SenderProfile>(initial);
  const [linkError, setLinkError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { notify } = useToast();
  useOnChange(JSON.stringify(initial), () => setSender(initial));
  const set = (key: keyof SenderProfile) => (value: string) => setSender((s) => ({ ...s, [key]: value }));

  const save = async (e: Event) => {
    e.preventDefault();
    const link = sender.meetingLink.trim();
    if (link && !/^https:\/\/\S+$/i.test(link)) {
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

  return (
    <form class="card stack" onSubmit={save} aria-labelledby="sender-heading" data-testid="sender-form" noValidate>
      <h2 id="sender-heading">{t('opt_aboutYou')}</h2>
      <p class="muted">{t('opt_aboutYouHint')}</p>
      <div class="form-grid">
        <TextField label={t('opt_yourName')} value={sender.name} onInput={set('name')} testId="sender-name" />
        <TextField label={t('opt_yourTitle')} value={sender.title} onInput={set('title')} testId="sender-title" />
        <TextField label={t('opt_yourCompany')} value={sender.company} onInput={set('company')} testId="sender-company" />
        <TextField label={t('opt_meetingLink')} value={sender.meetingLink} onInput={set('meetingLink')} error={linkError} type="url" placeholder="https://" testId="sender-meeting-link" />
        <SelectField label={t('opt_yourCountry')} value={sender.country} options={countryChoices()} onChange={set('country')} testId="sender-country" />
        <TextField label={t('opt_signature')} value={sender.signature} onInput={set('signature')} multiline rows={4} class="span-2" testId="sender-signature" />
      </div>
      {error && <p class="alert error" role="alert" data-testid="sender-error">{t('opt_saveFailed', error)}</p>}
      <div><button type="submit" class="btn primary" disabled={saving} data-testid="sender-save">{saving ? t('saving') : t('opt_save')}</button></div>
    </form>
  );
}
