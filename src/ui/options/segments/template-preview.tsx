// A template rendered live against a prospect: the text, its length against the channel's limit, and what was missing.
import type { ProspectFields } from '../../../domain/prospect';
import { renderTemplate } from '../../../domain/messages/render-template';
import type { Sender } from '../../../domain/messages/template-fields';
import type { MessageTemplate } from '../../../domain/segments/segment-schema';
import { t } from '../../shared/i18n';
import { channelLabel } from '../shared/format';

function Names({ label, names, kind }: { label: string; names: string[]; kind: 'warn' | 'accent' | '' }) {
  if (!names.length) return null;
  return (
    <p class="preview-note">
      <span>{label} </span>
      {names.map((n) => <code key={n} class={`badge ${kind}`}>{n}</code>)}
    </p>
  );
}

export function TemplatePreview(props: { template: MessageTemplate; prospect: ProspectFields; sender: Sender; segment: { id: string; name: string } }) {
  const rendered = renderTemplate(props.template, { prospect: props.prospect, sender: props.sender, segment: props.segment });
  const limitText = rendered.limit === null ? t('opt_lengthNoLimit', String(rendered.length)) : t('opt_lengthOfLimit', String(rendered.length), String(rendered.limit));
  return (
    <div class="preview" role="group" aria-label={t('opt_previewOf', props.template.name || channelLabel(props.template.channel), props.prospect.fullName)} data-testid="template-preview">
      <p class="preview-title">{t('opt_previewFor', props.prospect.fullName)}</p>
      {rendered.subject !== undefined && (
        <p class="preview-subject">
          <span class="muted">{t('opt_subject')}: </span><strong data-testid="preview-subject">{rendered.subject}</strong>
          {rendered.subjectLimit !== undefined && (
            <span class={`badge ${rendered.subjectOverLimit ? 'warn' : ''}`}> {t('opt_lengthOfLimit', String(rendered.subjectLength ?? 0), String(rendered.subjectLimit))}</span>
          )}
        </p>
      )}
      <pre class="preview-body" data-testid="preview-body">{rendered.text || t('opt_previewEmpty')}</pre>
      <p class="row wrap">
        <span class={`badge ${rendered.overLimit ? 'warn' : 'ok'}`} data-testid="preview-length">{limitText}</span>
        {rendered.overLimit && <span class="warn-text">{rendered.truncated ? t('opt_overLimitTrimmed') : t('opt_overLimitSoft')}</span>}
      </p>
      <Names label={t('opt_missingFields')} names={rendered.missingFields} kind="warn" />
      <Names label={t('opt_fallbacksUsed')} names={rendered.fallbacksUsed} kind="accent" />
      <Names label={t('opt_unknownFields')} names={rendered.unknownFields} kind="warn" />
    </div>
  );
}
