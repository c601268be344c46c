// A suggested message on its way out: what Copy puts on the clipboard, the mailto: link "Open in email" opens,
// and the timeline line that records which template was used. Pure.
import { CHANNEL_LABELS, CHANNEL_LIMITS, type Channel } from './channels';

/** What the rep did with a message; each one is logged against its template and counted in insights. */
export const MESSAGE_ACTIONS = ['copied', 'opened', 'inserted'] as const;
export type MessageAction = (typeof MESSAGE_ACTIONS)[number];

/** What inserting into a mail compose did with the subject: written into its empty subject field, kept (it had
 *  text), or none (no subject given, or the compose has no subject field, as in a reply). */
export type SubjectResult = 'filled' | 'kept' | 'none';

/**
 * Mail apps cut a long mailto: link (Outlook and Windows at about 2,000 characters), so a longer one carries the
 * subject only and the caller hands the body over another way (the clipboard).
 */
export const MAILTO_MAX_LENGTH = 2000;

/** Copy on a channel with a subject gives "Subject: …", a blank line, then the body, so a paste loses nothing. */
export function clipboardText(channel: Channel, subject: string | undefined, body: string): string {
  const line = subject?.trim();
  return CHANNEL_LIMITS[channel].hasSubject && line ? `Subject: ${line}\n\n${body}` : body;
}

/** RFC 6068: every line break in a mailto: body is CRLF, percent-encoded. */
const encodeBody = (body: string) => encodeURIComponent(body.replace(/\r?\n/g, '\r\n'));

/** The mailto: link with address, subject and body; `complete` is false when the body was too long to include. */
export function mailtoLink(to: string | undefined, subject: string | undefined, body: string): { href: string; complete: boolean } {
  const address = to ? encodeURIComponent(to.trim()).replace(/%40/g, '@') : '';
  const head = subject ? [`subject=${encodeURIComponent(subject)}`] : [];
  const build = (parts: string[]) => `mailto:${address}${parts.length ? `?${parts.join('&')}` : ''}`;
  if (!body) return { href: build(head), complete: true };
  const full = build([...head, `body=${encodeBody(body)}`]);
  return full.length <= MAILTO_MAX_LENGTH ? { href: full, complete: true } : { href: build(head), complete: false };
}

const ACTION_WORDING: Record<MessageAction, [string, string]> = {
  copied: ['Copied', ''],
  opened: ['Opened', ' in the mail app'],
  inserted: ['Inserted', ' into the open compose box'],
};

/** 'Copied the email "Intro"': the timeline line of a message the rep used. */
export function describeMessageUse(action: MessageAction, channel: Channel, templateName: string): string {
  const [verb, where] = ACTION_WORDING[action];
  const label = CHANNEL_LABELS[channel];
  const what = channel === 'linkedin_connect' || channel === 'linkedin_inmail' ? label : label.toLowerCase();
  return `${verb} the ${what}${templateName ? ` "${templateName}"` : ''}${where}`;
}
