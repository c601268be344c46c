// A page with several people (a team page): the rep picks the one to capture.
import type { ExtractionResult } from '../../domain/extraction';
import type { ProspectDraft } from '../../domain/prospect';
import { Avatar } from '../shared/avatar';
import { t } from '../shared/i18n';

export function PickPersonView(props: {
  result: Extract<ExtractionResult, { ok: true }>;
  onPick: (draft: ProspectDraft) => void;
  onCancel: () => void;
}) {
  return (
    <section class="stack" aria-labelledby="pick-heading">
      <h2 id="pick-heading">{t('pickHeading', props.result.people.length)}</h2>
      <p class="muted">{t('pickHint')}</p>
      {props.result.company?.fields.name && <p class="muted small" data-testid="pick-company">{t('co_teamCompany', props.result.company.fields.name)}</p>}
      <ul class="list card" aria-label={t('pickHeading', props.result.people.length)}>
        {props.result.people.map((draft, i) => (
          <li key={i}>
            <button type="button" class="list-item" onClick={() => props.onPick(draft)}>
              <Avatar name={draft.fields.fullName} size={30} />
              <span class="grow">
                <strong class="truncate" style={{ display: 'block' }}>{draft.fields.fullName}</strong>
                <span class="muted truncate" style={{ display: 'block' }}>{draft.fields.title ?? ''}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="btn" onClick={props.onCancel}>{t('cancel')}</button>
    </section>
  );
}
