// Suggested messages per channel: pick a variant, tweak the text, see its length against the channel's limit,
// then copy it (an email with its subject), open it in the mail app, or insert it into an open Gmail/Outlook
// compose box. Each of those is reported to the background, which logs it against the template.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Channel } from '../../domain/messages/channels';
import { CHANNELS } from '../../domain/messages/channels';
import { clipboardText, mailtoLink, type MessageAction } from '../../domain/messages/outgoing';
import type { MessageSuggestion } from '../../domain/messages/suggest';
import { send } from '../../messaging/client';
import { extensionUrl } from '../../platform/browser';
import { t } from '../shared/i18n';

const EMAIL_CHANNELS: readonly Channel[] = ['email', 'follow_up_email'];

export function MessageSuggestions(props: {
  prospectId: string;
  email: string | undefined;
  suggestions: MessageSuggestion[];
  composeTabId: number | null;
}) {
  const channels = useMemo(() => CHANNELS.filter((c) => props.suggestions.some((s) => s.channel === c)), [props.suggestions]);
  const [channel, setChannel] = useState<Channel | null>(channels[0] ?? null);
  const [variant, setVariant] = useState(0);
  const options = props.suggestions.filter((s) => s.channel === channel);
  const current = options[Math.min(variant, options.length - 1)];
  // The rep's edits belong to one suggestion: switching channel or variant shows the new one in the same render
  // (an effect would leave one render, and one mailto: link, with the previous text).
  const key = JSON.stringify([current?.segmentId, current?.templateId, current?.subject, current?.body]);
  const [draft, setDraft] = useState({ key, subject: current?.subject ?? '', body: current?.body ?? '' });
  const fresh = draft.key === key ? draft : { key, subject: current?.subject ?? '', body: current?.body ?? '' };
  const { subject, body } = fresh;
  const setSubject = (value: string) => setDraft({ ...fresh, subject: value });
  const setBody = (value: string) => setDraft({ ...fresh, body: value });
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string; key: string } | null>(null);

  useEffect(() => {
    if (!channel || !channels.includes(channel)) setChannel(channels[0] ?? null);
  }, [channels]);

  if (!current || !channel) {
    return (
      <section class="card" aria-labelledby="messages-heading">
        <h3 id="messages-heading">{t('messagesHeading')}</h3>
        <p class="muted">{t('noMessages')}</p>
      </section>
    );
  }

  const limit = current.limit;
  const over = limit !== null && body.length > limit;
  const hasSubject = current.subject !== undefined;
  const mailto = mailtoLink(props.email, subject, body);
  const record = (action: MessageAction) =>
    send('messages.copied', {
      prospectId: props.prospectId, segmentId: current.segmentId, templateId: current.templateId, templateName: current.templateName, channel, action,
    }).catch(() => undefined);

  const toClipboard = async (text: string, done: string): Promise<boolean> => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus({ kind: 'ok', text: done, key });
      return true;
    } catch {
      setStatus({ kind: 'error', text: t('copyFailed'), key });
      return false;
    }
  };

  const copy = async () => {
    if (await toClipboard(clipboardText(channel, hasSubject ? subject : undefined, body), hasSubject && subject.trim() ? t('copiedWithSubject') : t('copied'))) void record('copied');
  };

  const copySubject = () => void toClipboard(subject, t('copiedSubject'));

  // A body too long for a mail link goes on the clipboard; the link still opens the mail app with the subject.
  const openInEmail = () => {
    void record('opened');
    if (!mailto.complete) void toClipboard(body, t('mailtoBodyOnClipboard'));
  };

  const insert = async () => {
    if (props.composeTabId === null) return;
    try {
      const result = await send('compose.insert', { tabId: props.composeTabId, subject: hasSubject ? subject : '', body });
      setStatus({ kind: 'ok', text: result.subject === 'filled' ? t('insertedWithSubject') : result.subject === 'kept' ? t('insertedSubjectKept') : t('inserted'), key });
      void record('inserted');
    } catch (err) {
      setStatus({ kind: 'error', text: err instanceof Error ? err.message : String(err), key });
    }
  };

  return (
    <section class="card stack" aria-labelledby="messages-heading" data-testid="messages">
      <h3 id="messages-heading">{t('messagesHeading')}</h3>
      <div class="tabs" role="tablist" aria-label={t('channels')}>
        {channels.map((c) => (
          <button
            key={c}
            type="button"
            role="tab"
            aria-selected={c === channel}
            class={`tab ${c === channel ? 'active' : ''}`}
            onClick={() => { setChannel(c); setVariant(0); }}
          >
            {t(`channel_${c}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" class="stack" aria-label={t(`channel_${channel}`)}>
        {options.length > 1 && (
          <div class="row variants" role="group" aria-label={t('variants')}>
            {options.map((o, i) => (
              <button key={o.templateId} type="button" class={`btn small ${i === variant ? 'primary' : ''}`} aria-pressed={i === variant} onClick={() => setVariant(i)}>
                {o.templateName || t('variantN', i + 1)}
              </button>
            ))}
          </div>
        )}
        {hasSubject && (
          <label class="field">
            <span>{t('subject')}</span>
            <input value={subject} onInput={(e) => setSubject((e.currentTarget as HTMLInputElement).value)} data-testid="message-subject" />
          </label>
        )}
        <label class="field">
          <span class="row"><span class="grow">{t('message')}</span>
            <span class={`count ${over ? 'over' : ''}`} data-testid="char-count">
              {limit !== null ? t('charCountLimit', body.length, limit) : t('charCount', body.length)}
            </span>
          </span>
          <textarea rows={channel === 'linkedin_connect' || channel === 'call_opener' ? 5 : 8} value={body} onInput={(e) => setBody((e.currentTarget as HTMLTextAreaElement).value)} data-testid="message-body" />
        </label>
        {over && <p class="alert warn" role="alert">{t('overLimit', body.length - limit!)}</p>}
        {current.missingFields.length > 0 && <p class="muted small">{t('missingFields', current.missingFields.join(', '))}</p>}
        {[...current.missingFields, ...current.fallbacksUsed].some((f) => f.startsWith('sender.')) && (
          <p class="muted small">
            {t('senderMissing')}{' '}
            <a href={extensionUrl('src/ui/options/index.html#/settings')} target="_blank" rel="noreferrer">{t('senderMissingLink')}</a>
          </p>
        )}
        <div class="row wrap">
          <button type="button" class="btn primary" onClick={copy} disabled={over}>{t('copy')}</button>
          {hasSubject && (
            <button type="button" class="btn" onClick={copySubject} disabled={!subject.trim()}>{t('copySubject')}</button>
          )}
          {EMAIL_CHANNELS.includes(channel) && (
            <a class="btn" href={mailto.href} onClick={openInEmail} target="_blank" rel="noreferrer">
              {t('openInEmail')}
            </a>
          )}
          {EMAIL_CHANNELS.includes(channel) && props.composeTabId !== null && (
            <button type="button" class="btn" onClick={insert}>{t('insertIntoCompose')}</button>
          )}
        </div>
        {status?.key === key && <p class={`alert ${status.kind}`} role="status">{status.text}</p>}
      </div>
    </section>
  );
}
