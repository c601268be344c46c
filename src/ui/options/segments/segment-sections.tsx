// The segment editor's sections as tabs (WAI-ARIA tabs pattern: arrow keys move between them). Every panel stays
// mounted, so nothing typed in one is lost when the rep looks at another; a section with problems is marked.
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { t } from '../../shared/i18n';

export const SECTIONS = ['who', 'points', 'messages', 'preview'] as const;
export type SectionId = (typeof SECTIONS)[number];

const LABEL_KEYS: Record<SectionId, string> = {
  who: 'opt_sectionWho', points: 'opt_sectionPoints', messages: 'opt_sectionMessages', preview: 'opt_sectionPreview',
};

/** Which section holds the field an issue path names ("templates[1].body" → messages). */
export function sectionOfPath(path: string): SectionId {
  if (path.startsWith('talkingPoints')) return 'points';
  if (path.startsWith('templates')) return 'messages';
  return 'who';
}

export const sectionLabel = (id: SectionId): string => t(LABEL_KEYS[id]);

export function SectionTabs(props: { current: SectionId; issueCounts: Partial<Record<SectionId, number>>; onSelect: (id: SectionId) => void }) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const i = SECTIONS.indexOf(props.current);
    const next = e.key === 'ArrowRight' ? (i + 1) % SECTIONS.length : e.key === 'ArrowLeft' ? (i + SECTIONS.length - 1) % SECTIONS.length
      : e.key === 'Home' ? 0 : e.key === 'End' ? SECTIONS.length - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    props.onSelect(SECTIONS[next]!);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div ref={list} class="section-tabs" role="tablist" aria-label={t('opt_sectionsLabel')} onKeyDown={onKeyDown}>
      {SECTIONS.map((id) => {
        const issues = props.issueCounts[id] ?? 0;
        const selected = id === props.current;
        return (
          <button key={id} type="button" role="tab" id={`section-tab-${id}`} aria-controls={`section-${id}`} aria-selected={selected}
            tabIndex={selected ? 0 : -1} class={`section-tab${issues ? ' has-issues' : ''}`} data-has-issues={issues > 0 ? 'true' : 'false'}
            onClick={() => props.onSelect(id)}>
            {sectionLabel(id)}
            {issues > 0 && <><span class="issue-dot" aria-hidden="true">!</span><span class="sr-only"> {t('opt_sectionHasIssues')}</span></>}
          </button>
        );
      })}
    </div>
  );
}

export function SectionPanel(props: { id: SectionId; current: SectionId; children: ComponentChildren }) {
  return (
    <div role="tabpanel" id={`section-${props.id}`} aria-labelledby={`section-tab-${props.id}`} hidden={props.id !== props.current} class="stack section-panel" tabIndex={-1}>
      {props.children}
    </div>
  );
}
