// Which message of a thread to capture: the newest one not sent by the user. Pure: no DOM.
import { normalizeEmail } from '../prospect';
import { quotedMessageBy } from '../signature/newest-part';
import { personFromMessage, type MessagePerson, type MessageSender } from './person-from-message';

export interface ThreadMessage {
  sender: MessageSender;
  /** Body text of an expanded message (quoted history included: the signature parser cuts it). Absent when collapsed. */
  body?: string;
}

export interface ThreadPick {
  person: MessagePerson;
  /** Index in the thread (oldest first) of the message captured. */
  index: number;
  /** Where the body text came from: the message itself, the quote of it in a newer message, or nowhere. */
  bodyFrom: 'message' | 'quoted-in-newer' | 'none';
}

/** Gmail labels the user's own messages "me" (and localised forms) when it shows a name at all. */
const SELF_NAMES = new Set(['me', 'ich', 'moi', 'yo', 'eu', 'io', 'mij', 'mig']);

export function isOwnMessage(sender: MessageSender, userEmail: string | undefined): boolean {
  if (userEmail && sender.email && normalizeEmail(sender.email) === normalizeEmail(userEmail)) return true;
  return !sender.email && SELF_NAMES.has((sender.name ?? '').trim().toLowerCase());
}

/** The newest message not from the user, as a person; undefined when every message is the user's own. */
export function pickThreadSender(messages: ThreadMessage[], userEmail?: string, options: { defaultCountry?: string } = {}): ThreadPick | undefined {
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index]!;
    if (isOwnMessage(message.sender, userEmail)) continue;
    if (!message.sender.email && !message.sender.name) continue;
    let body = message.body;
    let bodyFrom: ThreadPick['bodyFrom'] = body ? 'message' : 'none';
    if (!body && message.sender.email) {
      // A collapsed message: the user's newer reply often quotes it in full, signature included.
      for (let newer = messages.length - 1; newer > index && !body; newer--) {
        const quoted = messages[newer]!.body ? quotedMessageBy(messages[newer]!.body!, message.sender.email) : undefined;
        if (quoted) {
          body = quoted;
          bodyFrom = 'quoted-in-newer';
        }
      }
    }
    const person = personFromMessage(message.sender, body ?? '', options);
    if (person) return { person, index, bodyFrom };
  }
  return undefined;
}
