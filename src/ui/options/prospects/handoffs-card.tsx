// The hand-offs in this browser (newest first) and how they travel until the team syncs: marketing exports the
// hand-offs for one owner as a file; the rep imports it with a preview (and sends the answers back the same way).
import { useState } from 'preact/hooks';
import { returnReasonLabel, samePerson, type Handoff, type PersonRef, type ReturnReason } from '../../../domain/handoff';
import type { ValidationIssue } from '../../../domain/validation';
import { TEAM_LIST_SETTING } from '../../../db/team-mirror';
import { send } from '../../../messaging/client';
import type { HandoffPreviewDto } from '../../../messaging/protocol-handoff';
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { routeHref } from '../router';
import { downloadText } from '../shared/download';
import { FieldIssues } from '../shared/field-issues';
import { formatNumber } from '../shared/format';
import { repos } from '../shared/repos';
import { useAction, useToast } from '../shared/toast';
import { useFilePick } from '../shared/use-file-pick';

const SHOWN = 20;

interface HandoffRows {
  handoffs: Handoff[];
  names: Record<string, string>;
  reasons: ReturnReason[];
}

async function loadHandoffs(): Promise<HandoffRows> {
  const handoffs = (await repos.db().handoffs.orderBy('updatedAt').reverse().toArray());
  const rows = await repos.db().prospects.bulkGet([...new Set(handoffs.map((h) => h.prospectId))]);
  const names = Object.fromEntries(rows.flatMap((r) => (r ? [[r.id, r.fullName] as const] : [])));
  return { handoffs, names, reasons: await repos.settings().get('returnReasons') };
}

/** Everyone something was handed to, once each. */
function ownersOf(handoffs: readonly Handoff[]): PersonRef[] {
  const owners: PersonRef[] = [];
  for (const h of handoffs) if (!owners.some((o) => samePerson(o, h.owner))) owners.push(h.owner);
  return owners;
}

export function HandoffsCard() {
  const data = useLiveQuery(loadHandoffs, []);
  // With team sync, hand-offs to team members travel through the team server; files remain for anyone else.
  const synced = useLiveQuery(async () => Boolean(await repos.db().settings.get(TEAM_LIST_SETTING)), [], false);
  const [ownerIndex, setOwnerIndex] = useState(0);
  const act = useAction();
  if (!data) return null;
  const owners = ownersOf(data.handoffs);
  const exportFor = (owner: PersonRef) => act(async () => {
    const { file, fileName } = await send('handoff.export', { owner });
    downloadText(fileName, JSON.stringify(file, null, 2), 'application/json');
  });
  return (
    <section class="card stack" aria-labelledby="handoffs-heading" data-testid="handoffs-card">
      <h2 id="handoffs-heading">{t('handoff_listTitle')}</h2>
      {data.handoffs.length === 0 ? <p class="muted">{t('handoff_listEmpty')}</p> : (
        <div class="table-wrap">
          <table class="table" data-testid="handoffs-table">
            <thead><tr><th>{t('handoff_colProspect')}</th><th>{t('handoff_colOwner')}</th><th>{t('handoff_colState')}</th><th>{t('handoff_colWhen')}</th></tr></thead>
            <tbody>
              {data.handoffs.slice(0, SHOWN).map((h) => (
                <tr key={h.id} data-testid="handoff-row">
                  <td><a href={routeHref({ name: 'prospect', id: h.prospectId })}>{data.names[h.prospectId] ?? h.prospectId}</a></td>
                  <td>{h.owner.name}</td>
                  <td>
                    <span class={`badge ${h.state === 'accepted' ? 'ok' : h.state === 'offered' ? 'accent' : 'warn'}`}>{t(`handoff_state_${h.state}`)}</span>
                    {h.state === 'returned' && <span class="muted"> {returnReasonLabel(h.returnReason ?? '', data.reasons)}</span>}
                  </td>
                  <td class="muted">{new Date(h.updatedAt).toLocaleDateString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div class="row wrap">
        {owners.length > 0 && (
          <>
            <label class="sr-only" for="handoff-export-owner">{t('handoff_exportOwner')}</label>
            <select id="handoff-export-owner" value={String(ownerIndex)} onChange={(e) => setOwnerIndex(Number((e.currentTarget as HTMLSelectElement).value))} data-testid="handoff-export-owner">
              {owners.map((o, i) => <option key={`${o.name}-${o.email ?? ''}`} value={String(i)}>{o.name}</option>)}
            </select>
            <button type="button" class="btn" onClick={() => void exportFor(owners[ownerIndex] ?? owners[0]!)} data-testid="handoff-export">{t('handoff_export')}</button>
          </>
        )}
      </div>
      <p class="muted" data-testid="handoff-file-hint">{t(synced ? 'teamPub_handoffFileHintSynced' : 'handoff_fileHint')}</p>
      <HandoffFileImport />
    </section>
  );
}

type Picked = { text: string; preview: HandoffPreviewDto } | { issues: ValidationIssue[] };

function HandoffFileImport() {
  const { picked, setPicked, inputKey, pick: read, close } = useFilePick<Picked>(async (text) => {
    const result = await send('handoff.preview', { text });
    return result.ok ? { text, preview: result.preview } : { issues: result.issues };
  });
  const { notify } = useToast();
  const act = useAction();
  const pick = (e: Event) => act(() => read(e));
  const confirm = (text: string) => act(async () => {
    const result = await send('handoff.import', { text });
    if (!result.ok) return setPicked({ issues: result.issues });
    notify({ message: t('handoff_imported', formatNumber(result.summary.added), formatNumber(result.summary.updated), formatNumber(result.summary.prospects)), kind: 'ok' });
    close();
  });
  return (
    <div class="stack">
      <label class="field">
        <span>{t('handoff_importFile')}</span>
        <input key={inputKey} type="file" accept=".json,application/json" onChange={(e) => void pick(e)} data-testid="handoff-file" />
      </label>
      {picked && 'issues' in picked && <FieldIssues title={t('handoff_fileInvalid', formatNumber(picked.issues.length))} issues={picked.issues} testId="handoff-file-issues" />}
      {picked && 'preview' in picked && (
        <div class="stack handoff-preview" data-testid="handoff-preview">
          <p><strong>{t('handoff_previewTitle', picked.preview.owner.name, picked.preview.exportedBy?.name ?? '—')}</strong></p>
          <p>{t('handoff_previewCounts', formatNumber(picked.preview.add), formatNumber(picked.preview.update), formatNumber(picked.preview.same), formatNumber(picked.preview.newProspects.length), formatNumber(picked.preview.newSegments.length))}</p>
          <ul class="reasons">
            {picked.preview.rows.map((r) => (
              <li key={r.id} class={`reason ${r.effect === 'same' ? 'failed' : 'held'}`} data-testid="handoff-preview-row">
                {r.prospectName} · {t(`handoff_state_${r.state}`)} · {t(`handoff_effect_${r.effect}`)}
              </li>
            ))}
          </ul>
          <div class="row">
            <button type="button" class="btn primary" disabled={picked.preview.add + picked.preview.update === 0} onClick={() => void confirm(picked.text)} data-testid="handoff-import-confirm">{t('handoff_importConfirm')}</button>
            <button type="button" class="btn ghost" onClick={close}>{t('handoff_cancel')}</button>
          </div>
        </div>
      )}
    </div>
  );
}
