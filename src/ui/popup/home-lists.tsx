// The Dexie-backed parts of the popup home: the prospect known from this page, follow-ups due today, search and
// recent prospects. Loaded right after the first card paints.
import { useState } from 'preact/hooks';
import type { Prospect } from '../../domain/prospect';
import type { FollowUpTask } from '../../domain/tasks';
import type { Handoff } from '../../domain/handoff/handoff';
import { Avatar } from '../shared/avatar';
import { store } from '../shared/store';
import { t } from '../shared/i18n';
import { useLiveQuery } from '../shared/use-live-query';
import { cappedLabel, cappedRest, COUNT_READ } from '../shared/capped-count';

const DUE_SHOWN = 5;

export function ProspectRow({ prospect, onOpen }: { prospect: Prospect; onOpen: (p: Prospect) => void }) {
  const subtitle = [prospect.title, prospect.company].filter(Boolean).join(' · ');
  return (
    <li>
      <button type="button" class="list-item" onClick={() => onOpen(prospect)}>
        <Avatar name={prospect.fullName} size={30} />
        <span class="grow">
          <strong class="truncate" style={{ display: 'block' }}>{prospect.fullName}</strong>
          <span class="muted truncate" style={{ display: 'block' }}>{subtitle}</span>
        </span>
      </button>
    </li>
  );
}

export function KnownProspect(props: { tab: { id: number; url: string }; onOpen: (p: Prospect) => void }) {
  const known = useLiveQuery(() => store.prospectForTab(props.tab), [props.tab.id, props.tab.url], null);
  if (!known) return null;
  return (
    <div class="alert ok row">
      <span class="grow">{t('knownProspect', known.fullName)}</span>
      <button type="button" class="btn small" onClick={() => props.onOpen(known)}>{t('open')}</button>
    </div>
  );
}

/** "Handed to you": the hand-offs waiting for me, with marketing's note; opening one shows Accept and Return. */
function HandedToYou(props: { onOpen: (p: Prospect) => void }) {
  const handoffs = useLiveQuery(() => store.handoffsForMe(), [], [] as Handoff[]);
  const names = useLiveQuery(() => store.prospectNames([...new Set(handoffs.map((h) => h.prospectId))]), [handoffs], {} as Record<string, string>);
  if (handoffs.length === 0) return null;
  return (
    <section class="card stack" aria-labelledby="handed-heading" data-testid="handed-to-you">
      <h3 id="handed-heading">{t('handoff_handedToYouCount', handoffs.length)}</h3>
      <ul class="list">
        {handoffs.map((h) => (
          <li key={h.id}>
            <button type="button" class="list-item" onClick={() => void store.getProspect(h.prospectId).then((p) => p && props.onOpen(p))} data-testid="handed-item">
              <span class="grow">
                <strong class="truncate" style={{ display: 'block' }}>{names[h.prospectId] ?? '…'}</strong>
                <span class="muted truncate" style={{ display: 'block' }}>{h.note ? t('handoff_fromWithNote', h.from.name, h.note) : t('handoff_from', h.from.name)}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function HomeLists(props: { onOpen: (p: Prospect) => void }) {
  const [query, setQuery] = useState('');
  const results = useLiveQuery((signal) => (query.trim() ? store.searchProspects(query, 8, signal) : store.recentProspects(8)), [query], [] as Prospect[]);
  // Limited reads only: overdue follow-ups pile up with the table, so the popup shows the earliest few and counts the rest.
  const due = useLiveQuery(() => store.followUpsDueToday(DUE_SHOWN), [], [] as FollowUpTask[]);
  const dueCount = useLiveQuery(() => store.countFollowUpsDueToday(COUNT_READ), [], 0);
  const dueNames = useLiveQuery(() => store.prospectNames([...new Set(due.map((task) => task.prospectId))]), [due], {} as Record<string, string>);
  const now = Date.now();

  return (
    <>
      <HandedToYou onOpen={props.onOpen} />
      {due.length > 0 && (
        <section class="card stack" aria-labelledby="due-heading" data-testid="due-today">
          <h3 id="due-heading">{t('followUpsDueToday', cappedLabel(Math.max(dueCount, due.length)))}</h3>
          <ul class="list">
            {due.map((task) => (
              <li key={task.id} class="row due-item">
                <span class={`badge ${task.dueAt < now ? 'warn' : 'accent'}`}>
                  {task.dueAt < now ? t('overdue') : new Date(task.dueAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
                </span>
                <button type="button" class="list-item grow" onClick={() => void store.getProspect(task.prospectId).then((p) => p && props.onOpen(p))}>
                  <span class="grow">
                    <strong class="truncate" style={{ display: 'block' }}>{dueNames[task.prospectId] || t('unknownProspect')}</strong>
                    <span class="muted truncate" style={{ display: 'block' }}>{task.title}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {dueCount > due.length && <p class="muted">{t('followUpsMore', cappedRest(dueCount, due.length))}</p>}
        </section>
      )}

      <section class="stack" aria-labelledby="prospects-heading">
        <div class="section-title">
          <h3 id="prospects-heading">{query.trim() ? t('searchResults') : t('recentProspects')}</h3>
        </div>
        <input
          type="search"
          placeholder={t('searchPlaceholder')}
          aria-label={t('searchPlaceholder')}
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
        {results.length > 0 ? (
          <ul class="list card" style={{ padding: '4px' }} data-testid="prospect-list" aria-label={t('recentProspects')}>
            {results.map((p) => <ProspectRow key={p.id} prospect={p} onOpen={props.onOpen} />)}
          </ul>
        ) : (
          <p class="empty card">{query.trim() ? t('noSearchResults') : t('noProspectsYet')}</p>
        )}
      </section>
    </>
  );
}
