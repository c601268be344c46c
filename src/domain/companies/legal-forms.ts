// Company legal forms, written without dots and in lower case ("S.r.l." is "srl").

/** Legal forms dropped from a name before comparing ("Northwind Analytics, Inc." is "Northwind Analytics"). */
export const LEGAL_FORMS = new Set([
  'inc', 'incorporated', 'llc', 'llp', 'lp', 'ltd', 'limited', 'plc', 'corp', 'corporation', 'co', 'company',
  'gmbh', 'ag', 'kg', 'ug', 'se', 'sa', 'sas', 'sarl', 'srl', 'spa', 'bv', 'nv', 'oy', 'oyj', 'ab', 'as', 'asa',
  'aps', 'pty', 'pte', 'kk', 'sl', 'sp', 'zoo', 'group', 'holding', 'holdings',
]);

/** Legal forms no person's name ends with ("co", "sa", "as" and the like can: "Ana Sa", "Ola As"). */
const UNMISTAKABLE_LEGAL_FORMS = new Set([...LEGAL_FORMS].filter((form) => form.length > 2 || ['ag', 'bv', 'nv', 'kk', 'oy', 'ug'].includes(form)));

/** Whether a name ends with a company's legal form ("Harbor Tech Ltd", "Contoso S.r.l.", "Lumen Holdings"). */
export function endsWithLegalForm(name: string): boolean {
  const last = name.trim().split(/\s+/).pop()?.replace(/\./g, '').toLowerCase() ?? '';
  return UNMISTAKABLE_LEGAL_FORMS.has(last) && !['company', 'group'].includes(last);
}
