// Which CSV column goes to which prospect field, guessed from the header names of common CRM exports.

export const IMPORT_TARGETS = [
  'fullName', 'firstName', 'lastName', 'namePrefix', 'nameSuffix', 'email', 'phone', 'mobile', 'directPhone',
  'title', 'headline', 'company', 'companyDomain', 'website', 'linkedin', 'twitter', 'github', 'city', 'region',
  'country', 'location', 'industry', 'companySize', 'notes', 'tags', 'stage',
] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

/** Header (as written in the file) to target field; null or absent = ignored. Several columns may share email/phone. */
export type ColumnMapping = Record<string, ImportTarget | null>;

/** Header names folded to lower-case letters and digits: "State/Region" → "stateregion", "Person - Name" → "personname". */
export function normalizeHeader(header: string): string {
  return header.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * Known header names, normalised. Sources: HubSpot contact export, Salesforce contact/lead report,
 * Pipedrive person export ("Person - …", "Organization - …"), LinkedIn Sales Navigator list export (via
 * the usual export tools), Apollo people export, and Segue's own CSV export.
 */
const SYNONYMS: Record<ImportTarget, string[]> = {
  fullName: ['name', 'fullname', 'personname', 'contactname', 'contact', 'leadname'],
  firstName: ['firstname', 'givenname', 'first', 'personfirstname'],
  lastName: ['lastname', 'surname', 'familyname', 'last', 'personlastname'],
  namePrefix: ['salutation', 'prefix', 'nameprefix'],
  nameSuffix: ['suffix', 'namesuffix'],
  email: ['email', 'emailaddress', 'workemail', 'businessemail', 'personemail', 'personemailwork', 'emails', 'primaryemail',
    'additionalemails', 'additionalemailaddresses'],
  phone: ['phone', 'phonenumber', 'workphone', 'businessphone', 'officephone', 'telephone', 'personphone', 'personphonework', 'corporatephone'],
  mobile: ['mobile', 'mobilephone', 'mobilephonenumber', 'cellphone', 'cell', 'personphonemobile'],
  directPhone: ['workdirectphone', 'directphone', 'directdial', 'directline'],
  title: ['title', 'jobtitle', 'position', 'role', 'personjobtitle', 'persontitle', 'currenttitle'],
  headline: ['headline', 'linkedinheadline'],
  company: ['company', 'companyname', 'accountname', 'account', 'organization', 'organizationname', 'organisation',
    'organisationname', 'employer', 'personorganization', 'currentcompany', 'companynameforemails'],
  companyDomain: ['companydomain', 'companydomainname', 'domain', 'emaildomain'],
  website: ['website', 'websiteurl', 'companywebsite', 'web', 'organizationwebsite', 'url'],
  linkedin: ['linkedin', 'linkedinurl', 'linkedinprofile', 'linkedinprofileurl', 'profileurl', 'personlinkedinurl', 'salesnavigatorurl'],
  twitter: ['twitter', 'twitterurl', 'twitterhandle', 'xurl', 'xprofile'],
  github: ['github', 'githuburl', 'githubprofile'],
  city: ['city', 'mailingcity', 'personcity', 'town'],
  region: ['state', 'stateregion', 'region', 'province', 'stateprovince', 'mailingstate', 'mailingstateprovince', 'county'],
  country: ['country', 'countryregion', 'mailingcountry', 'personcountry'],
  location: ['location', 'geography', 'personlocation'],
  industry: ['industry', 'companyindustry', 'organizationindustry'],
  companySize: ['employees', 'numberofemployees', 'companysize', 'employeecount', 'headcount', 'noofemployees', 'companyheadcount'],
  notes: ['notes', 'note', 'description', 'comments'],
  tags: ['tags', 'labels', 'personlabel', 'label'],
  stage: ['seguestage', 'stage', 'lifecyclestage', 'leadstatus'],
};

const LOOKUP = new Map<string, ImportTarget>();
for (const target of IMPORT_TARGETS) for (const name of SYNONYMS[target]) LOOKUP.set(name, target);

/** Targets that take one value: the first column mapped to them wins, later ones are left unmapped. */
const MULTI_COLUMN: ReadonlySet<ImportTarget> = new Set(['email', 'phone', 'mobile', 'directPhone', 'tags', 'notes', 'company']);

export function guessTarget(header: string): ImportTarget | null {
  const key = normalizeHeader(header);
  const exact = LOOKUP.get(key);
  if (exact) return exact;
  // Pipedrive suffixes the kind: "Person - Email - Home", "Person - Phone - Mobile".
  if (key.startsWith('personemail')) return 'email';
  if (key.startsWith('personphone')) return key.includes('mobile') ? 'mobile' : 'phone';
  return null;
}

export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<ImportTarget>();
  // Segue's own export carries both: its exact stage wins over the HubSpot lifecycle approximation.
  const ordered = [...headers].sort((a, b) => Number(normalizeHeader(b) === 'seguestage') - Number(normalizeHeader(a) === 'seguestage'));
  for (const header of ordered) {
    const target = guessTarget(header);
    if (target && (!taken.has(target) || MULTI_COLUMN.has(target))) {
      mapping[header] = target;
      taken.add(target);
    } else {
      mapping[header] = null;
    }
  }
  return Object.fromEntries(headers.map((h) => [h, mapping[h] ?? null]));
}

/** The suggestion with the user's choices on top. Headers the file does not have are an error. */
export function applyOverride(headers: readonly string[], override: ColumnMapping | undefined): { mapping: ColumnMapping; errors: string[] } {
  const mapping = suggestMapping(headers);
  const errors: string[] = [];
  for (const [header, target] of Object.entries(override ?? {})) {
    if (!headers.includes(header)) {
      errors.push(`The mapping names a column "${header}" that the file does not have.`);
      continue;
    }
    if (target !== null && !(IMPORT_TARGETS as readonly string[]).includes(target)) {
      errors.push(`Column "${header}" is mapped to an unknown field "${target}".`);
      continue;
    }
    mapping[header] = target;
  }
  return { mapping, errors };
}
