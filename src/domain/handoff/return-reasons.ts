// Why a rep hands a prospect back to marketing: an editable list (Settings → Hand-off), like the call outcomes. Pure.

export interface ReturnReason {
  /** Stable key stored on the hand-off; insights group by it. */
  key: string;
  label: string;
}

export const DEFAULT_RETURN_REASONS: readonly ReturnReason[] = [
  { key: 'not_a_fit', label: 'Not a fit' },
  { key: 'wrong_person', label: 'Wrong person' },
  { key: 'no_budget', label: 'No budget' },
  { key: 'already_customer', label: 'Already a customer' },
  { key: 'later', label: 'Later' },
];

/** The label of a reason key; a key no longer in the list (edited away, or from another machine) reads as itself. */
export function returnReasonLabel(key: string, reasons: readonly ReturnReason[] = DEFAULT_RETURN_REASONS): string {
  return reasons.find((r) => r.key === key)?.label ?? key.replace(/_/g, ' ');
}

/** A key made from a label: "No budget yet" → "no_budget_yet". */
export function reasonKey(label: string): string {
  return label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

/** Problems with an edited list: it must not be empty, and each label must be present and unique. */
export function returnReasonProblems(reasons: readonly ReturnReason[]): string[] {
  if (reasons.length === 0) return ['Keep at least one reason'];
  const problems: string[] = [];
  const keys = new Set<string>();
  reasons.forEach((r, i) => {
    if (!r.label.trim() || !r.key) problems.push(`Reason ${i + 1} needs a name`);
    else if (keys.has(r.key)) problems.push(`"${r.label.trim()}" is in the list twice`);
    keys.add(r.key);
  });
  return problems;
}
