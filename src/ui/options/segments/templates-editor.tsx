// Message templates per channel (subject, body, variant), each with its live preview beside it.
import type { ProspectFields } from '../../../domain/prospect';
import { CHANNEL_LIMITS, CHANNELS, type Channel } from '../../../domain/messages/channels';
import type { Sender } from '../../../domain/messages/template-fields';
import type { MessageTemplate } from '../../../domain/segments/segment-schema';
import { t } from '../../shared/i18n';
import { channelLabel } from '../shared/format';
import { FieldIssues, SelectInput, TextInput } from './inputs';
import type { IssueIndex } from './issues';
import { changeChannel, newTemplate } from './segment-draft';
import { TemplatePreview } from './template-preview';

export function TemplatesEditor(props: {
  templates: MessageTemplate[];
  issues: IssueIndex;
  prospect: ProspectFields;
  sender: Sender;
  segment: { id: string; name: string };
  onChange: (templates: MessageTemplate[]) => void;
}) {
  const { templates, issues } = props;
  const set = (i: number, template: MessageTemplate) => props.onChange(templates.map((x, j) => (j === i ? template : x)));
  const channels = CHANNELS.map((value) => ({ value, label: channelLabel(value) }));
  return (
    <div class="stack" data-testid="templates">
      {templates.length === 0 && <p class="muted">{t('opt_noTemplates')}</p>}
      {templates.map((template, i) => {
        const at = (field: string) => issues.at(['templates', i, field]);
        const label = template.name || t('opt_templateNumber', String(i + 1));
        return (
          <article key={template.id} class="template-card" aria-label={label} data-testid="template-card">
            <div class="template-fields stack">
              <div class="row wrap">
                <h3 class="grow">{label}</h3>
                <button type="button" class="btn small ghost danger" onClick={() => props.onChange(templates.filter((_, j) => j !== i))} aria-label={t('opt_removeTemplate', label)}>
                  {t('opt_remove')}
                </button>
              </div>
              <div class="form-grid">
                <SelectInput label={t('opt_channel')} value={template.channel} options={channels} issues={at('channel')}
                  onChange={(channel: Channel) => set(i, changeChannel(template, channel))} testId="template-channel" />
                <TextInput label={t('opt_templateName')} value={template.name} issues={[...at('name'), ...at('id')]} onChange={(name) => set(i, { ...template, name })} testId="template-name" />
                <TextInput label={t('opt_variant')} value={template.variant ?? ''} hint={t('opt_variantHint')} issues={at('variant')}
                  onChange={(variant) => set(i, { ...template, variant })} />
              </div>
              {CHANNEL_LIMITS[template.channel].hasSubject && (
                <TextInput label={t('opt_subject')} value={template.subject ?? ''} issues={at('subject')} onChange={(subject) => set(i, { ...template, subject })} testId="template-subject" />
              )}
              <TextInput label={t('opt_body')} value={template.body} multiline rows={8} hint={t('opt_placeholderHint')} issues={at('body')}
                onChange={(body) => set(i, { ...template, body })} testId="template-body" />
              <FieldIssues id={`template-${i}-issues`} messages={issues.at(['templates', i])} />
            </div>
            <TemplatePreview template={template} prospect={props.prospect} sender={props.sender} segment={props.segment} />
          </article>
        );
      })}
      <div><button type="button" class="btn small" onClick={() => props.onChange([...templates, newTemplate(templates)])} data-testid="add-template">{t('opt_addTemplate')}</button></div>
    </div>
  );
}
