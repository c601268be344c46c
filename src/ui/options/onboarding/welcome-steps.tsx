// The first two steps of the setup: about you (the sender details) and what you sell (the offer and your country).
// A field the administrator's policy sets shows its value read-only and says so.
import type { SenderProfile } from '../../../db/settings-repo';
import { OFFER_LIMITS, type OfferProfile } from '../../../domain/offer';
import { t } from '../../shared/i18n';
import type { OfferState, SenderState } from '../../shared/use-sender';
import { countryChoices } from '../settings/country-choices';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';

type SetSender = (update: (s: SenderProfile) => SenderProfile) => void;

export function AboutYouStep(props: { state: SenderState; sender: SenderProfile; setSender: SetSender; linkError: string | undefined }) {
  const { state, sender, setSender } = props;
  const field = (key: keyof SenderProfile) =>
    state.managed.has(key)
      ? { value: state.sender[key], readOnly: true, hint: t('opt_setByPolicy'), onInput: () => undefined }
      : { value: sender[key], onInput: (value: string) => setSender((s) => ({ ...s, [key]: value })) };
  return (
    <div class="stack">
      <p class="muted">{t('onb_youHint')}</p>
      <div class="form-grid">
        <TextField label={t('opt_yourName')} {...field('name')} testId="welcome-name" />
        <TextField label={t('onb_role')} {...field('title')} testId="welcome-title" placeholder={t('onb_rolePlaceholder')} />
        <TextField label={t('opt_yourCompany')} {...field('company')} testId="welcome-company" />
        <TextField label={t('opt_meetingLink')} {...field('meetingLink')} error={props.linkError} type="url" placeholder="https://" testId="welcome-meeting-link" />
        <TextField label={t('opt_signature')} {...field('signature')} multiline rows={3} class="span-2" testId="welcome-signature" />
      </div>
    </div>
  );
}

export function OfferStep(props: {
  senderState: SenderState;
  offerState: OfferState;
  sender: SenderProfile;
  setSender: SetSender;
  offer: OfferProfile;
  setOffer: (update: (o: OfferProfile) => OfferProfile) => void;
}) {
  const { offerState, offer, setOffer } = props;
  const managed = (key: 'name' | 'problem' | 'proofs') => offerState.managed.has(key);
  const policyHint = { readOnly: true, hint: t('opt_setByPolicy'), onInput: () => undefined };
  const text = (key: 'name' | 'problem') =>
    managed(key) ? { value: offerState.offer[key], ...policyHint } : { value: offer[key], onInput: (value: string) => setOffer((o) => ({ ...o, [key]: value })) };
  const proof = (i: number) =>
    managed('proofs')
      ? { value: offerState.offer.proofs[i] ?? '', ...policyHint }
      : { value: offer.proofs[i] ?? '', onInput: (value: string) => setOffer((o) => ({ ...o, proofs: o.proofs.map((p, j) => (j === i ? value : p)) })) };
  const countryManaged = props.senderState.managed.has('country');
  const tooLong = (value: string, max: number) => (value.length > max ? t('onb_tooLong', max) : undefined);
  return (
    <div class="stack">
      <p class="muted">{t('onb_offerHint')}</p>
      <div class="form-grid">
        <TextField label={t('onb_offerName')} {...text('name')} testId="welcome-offer-name" placeholder={t('onb_offerNamePlaceholder')}
          error={tooLong(offer.name, OFFER_LIMITS.name)} />
        <SelectField label={t('opt_yourCountry')} value={countryManaged ? props.senderState.sender.country : props.sender.country} options={countryChoices()}
          onChange={(value) => props.setSender((s) => ({ ...s, country: value }))} disabled={countryManaged}
          hint={countryManaged ? t('opt_setByPolicy') : t('onb_countryHint')} testId="welcome-country" />
        <TextField label={t('onb_offerProblem')} {...text('problem')} class="span-2" testId="welcome-offer-problem"
          placeholder={t('onb_offerProblemPlaceholder')} error={tooLong(offer.problem, OFFER_LIMITS.problem)}
          {...(managed('problem') ? {} : { hint: t('onb_offerProblemHint') })} />
      </div>
      <fieldset class="stack welcome-proofs">
        <legend>{t('onb_proofs')}</legend>
        <p class="field-hint">{managed('proofs') ? t('opt_setByPolicy') : t('onb_proofsHint')}</p>
        {[0, 1, 2].map((i) => (
          <TextField key={i} label={t('onb_proofLabel', i + 1)} {...proof(i)} testId={`welcome-proof-${i + 1}`}
            error={tooLong(offer.proofs[i] ?? '', OFFER_LIMITS.proof)} />
        ))}
      </fieldset>
    </div>
  );
}
