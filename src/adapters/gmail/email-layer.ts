// Turns the messages an email adapter read from the page into the layer output the pipeline expects.
// Shared by the Gmail and Outlook adapters.
import type { LayerOutput, PartialPerson } from '../../domain/extraction';
import type { FieldSource } from '../../domain/prospect';
import { pickThreadSender, type ThreadMessage } from '../../domain/email/thread';
import { filledFields } from '../shared/person-builder';

export interface EmailExtractOptions {
  /** The signed-in user's address, when the caller knows it better than the page does. */
  userEmail?: string;
}

export function threadToLayerOutput(
  layer: FieldSource,
  messages: ThreadMessage[],
  userEmail: string | undefined,
  missed: string[],
  selectors?: Record<string, string | null>,
): LayerOutput {
  const notes: string[] = [];
  if (!userEmail) notes.push('signed-in address not found: the newest message is taken even if the user sent it');
  const pick = pickThreadSender(messages, userEmail);
  if (!pick) {
    if (messages.length > 0) notes.push('every message in this thread is from the signed-in user');
    return {
      people: [],
      report: { layer, people: 0, fields: [], ...(missed.length ? { missed } : {}), ...(notes.length ? { notes } : {}), ...(selectors ? { selectors } : {}) },
    };
  }
  if (pick.index < messages.length - 1) notes.push('newest message is from the signed-in user: captured the sender before it');
  if (pick.bodyFrom === 'quoted-in-newer') notes.push('message collapsed: signature read from its quote in a newer message');
  if (pick.bodyFrom === 'none') notes.push('message collapsed: only the sender name and address were read');
  const person: PartialPerson = pick.person.fields;
  const people = [person];
  return {
    people,
    mainIndex: 0,
    fieldSources: [pick.person.fieldSources],
    report: { layer, people: 1, fields: filledFields(people), ...(notes.length ? { notes } : {}), ...(selectors ? { selectors } : {}) },
  };
}
