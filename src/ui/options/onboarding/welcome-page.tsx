// The first-run setup, opened on install and from Settings: who you are, what you sell (and your country), and
// which starter playbook to begin from, with a preview on a sample prospect. Skippable at every step; values the
// administrator's policy sets are shown read-only.
import { useMemo, useState } from 'preact/hooks';
import type { SenderProfile } from '../../../db/settings-repo';
import type { OfferProfile } from '../../../domain/offer';
import { DEFAULT_PLAYBOOK, playbooks } from '../../../domain/segments/starter-segments';
import { send } from '../../../messaging/client';
import { t } from '../../shared/i18n';
import { templateSender, useOffer, useSender, type OfferState, type SenderState } from '../../shared/use-sender';
import { navigate } from '../router';
import { errorMessage } from '../shared/format';
import { useToast } from '../shared/toast';
import { AboutYouStep, OfferStep } from './welcome-steps';
import { PlaybookPreview } from './playbook-preview';
import './welcome.css';

const STEPS = ['onb_stepYou', 'onb_stepOffer', 'onb_stepPlaybook'] as const;

export function WelcomePage() {
  const sender = useSender();
  const offer = useOffer(sender?.policy);
  return (
    <div class="page welcome-page">
      <header class="page-header">
        <h1>{t('onb_heading')}</h1>
        <p class="muted">{t('onb_intro')}</p>
      </header>
      {sender && offer ? <WelcomeForm senderState={sender} offerState={offer} /> : <p class="muted" role="status">{t('loading')}</p>}
    </div>
  );
}

function WelcomeForm({ senderState, offerState }: { senderState: SenderState; offerState: OfferState }) {
  const [step, setStep] = useState(0);
  const [sender, setSender] = useState<SenderProfile>(senderState.local);
  const [offer, setOffer] = useState<OfferProfile>(() => ({
    ...offerState.local,
    proofs: [0, 1, 2].map((i) => offerState.local.proofs[i] ?? ''),
    playbook: offerState.local.playbook || DEFAULT_PLAYBOOK,
  }));
  const [error, setError] = useState<string | null>(null);
  const [linkError, setLinkError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState(false);
  const { notify } = useToast();
  const list = useMemo(() => playbooks(), []);
  // What templates will see: the policy's values over what is typed here.
  const effectiveSender = { ...sender, ...senderState.policy.sender };
  const effectiveOffer = { ...offer, ...senderState.policy.offer };
  const previewSender = useMemo(() => templateSender(effectiveSender, effectiveOffer), [JSON.stringify(effectiveSender), JSON.stringify(effectiveOffer)]);
  const currentPlaybook = offerState.local.playbook || DEFAULT_PLAYBOOK;
  const chosen = list.find((p) => p.id === offer.playbook) ?? list[0]!;

  const skip = () => navigate({ name: 'prospects' });
  const next = async (e: Event) => {
    e.preventDefault();
    if (step === 0) {
      const link = sender.meetingLink.trim();
      if (link && !senderState.managed.has('meetingLink') && !/^https:\/\/\S+$/i.test(link)) {
        setLinkError(t('opt_errMeetingLink'));
        return;
      }
      setLinkError(undefined);
    }
    if (step < STEPS.length - 1) {
      setStep(step + 1);
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await send('onboarding.save', { sender, offer: { ...offer, proofs: offer.proofs.filter((p) => p.trim()) } });
      notify({ message: t('onb_saved'), kind: 'ok' });
      setDone(true);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  if (done) {
    return (
      <section class="card stack" data-testid="welcome-done" aria-labelledby="welcome-done-heading">
        <h2 id="welcome-done-heading">{t('onb_doneHeading')}</h2>
        <p>{t('onb_doneText')}</p>
        <div class="row wrap">
          <a class="btn primary" href="#/prospects" data-testid="welcome-to-prospects">{t('onb_toProspects')}</a>
          <a class="btn" href="#/segments">{t('onb_toSegments')}</a>
        </div>
      </section>
    );
  }

  return (
    <form class="card stack" onSubmit={next} noValidate aria-labelledby="welcome-step-heading" data-testid="welcome-form">
      <ol class="welcome-steps" aria-label={t('onb_stepsLabel')}>
        {STEPS.map((key, i) => (
          <li key={key} class={i === step ? 'current' : i < step ? 'done' : ''} aria-current={i === step ? 'step' : undefined}>
            <span class="welcome-step-number" aria-hidden="true">{i + 1}</span>{t(key)}
          </li>
        ))}
      </ol>
      <h2 id="welcome-step-heading">{t(STEPS[step]!)}</h2>
      {step === 0 && <AboutYouStep state={senderState} sender={sender} setSender={setSender} linkError={linkError} />}
      {step === 1 && <OfferStep senderState={senderState} offerState={offerState} sender={sender} setSender={setSender} offer={offer} setOffer={setOffer} />}
      {step === 2 && (
        <div class="welcome-playbook">
          <fieldset class="stack">
            <legend class="sr-only">{t('onb_stepPlaybook')}</legend>
            <p class="muted">{t('onb_playbookHint')}</p>
            {list.map((p) => (
              <label key={p.id} class={`playbook-option${p.id === offer.playbook ? ' selected' : ''}`}>
                <input type="radio" name="playbook" value={p.id} checked={p.id === offer.playbook}
                  onChange={() => setOffer((o) => ({ ...o, playbook: p.id }))} data-testid={`welcome-playbook-${p.id}`} />
                <span class="stack">
                  <strong>{p.name}</strong>
                  <span class="muted small">{p.description}</span>
                </span>
              </label>
            ))}
            {offer.playbook !== currentPlaybook && <p class="alert warn" role="note" data-testid="welcome-replace-note">{t('onb_replaceNote')}</p>}
          </fieldset>
          <PlaybookPreview playbook={chosen} sender={previewSender} />
        </div>
      )}
      {error && <p class="alert error" role="alert" data-testid="welcome-error">{t('opt_saveFailed', error)}</p>}
      <div class="row wrap welcome-actions">
        <button type="button" class="btn ghost" onClick={skip} data-testid="welcome-skip">{t('onb_skip')}</button>
        <span class="grow" />
        {step > 0 && <button type="button" class="btn" onClick={() => setStep(step - 1)} data-testid="welcome-back">{t('onb_back')}</button>}
        <button type="submit" class="btn primary" disabled={saving} data-testid="welcome-next">
          {step < STEPS.length - 1 ? t('onb_next') : saving ? t('saving') : t('onb_finish')}
        </button>
      </div>
    </form>
  );
}
