// A phone as one line of an editable list, its label in the rep's language beside the number: "+33472102030 (mobile)".
// The capture review and the prospect forms (dashboard and popup) read and write phones this one way.
import { PHONE_LABELS, type Phone, type PhoneLabel } from '../../domain/prospect';
import { t } from './i18n';

export function phoneLine(phone: Phone): string {
  return phone.label ? `${phone.number} (${t(`phone_${phone.label}`)})` : phone.number;
}

/** A typed line: a label in parentheses at its end (in the rep's language, or the stored code) becomes the label. */
export function parsePhoneLine(line: string): { number: string; label?: PhoneLabel } {
  const match = /^(.*?)\s*\(([^()]+)\)$/.exec(line.trim());
  const written = match?.[2]!.trim().toLowerCase();
  const label = written ? PHONE_LABELS.find((l) => l === written || t(`phone_${l}`).toLowerCase() === written) : undefined;
  return match && label ? { number: match[1]!.trim(), label } : { number: line.trim() };
}
