// The one table of header names: generic synonyms, then what each known export format means by its own columns.
// Keys are header names folded by normalizeHeader ("E-mail 2 Address" → "email2address"). Where a header row came
// from is recorded in tests/corpus/crm/PROVENANCE.md; each format has a fixture in tests/fixtures/import/.

export const IMPORT_TARGETS = [
  'fullName', 'firstName', 'lastName', 'namePrefix', 'nameSuffix', 'email', 'phone', 'mobile', 'directPhone', 'homePhone',
  'companyPhone', 'title', 'headline', 'company', 'companyDomain', 'website', 'linkedin', 'twitter', 'github', 'city', 'region',
  'country', 'location', 'industry', 'companySize', 'notes', 'tags', 'stage',
] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

/**
 * Header names any tool may use. Sources: the formats below, Segue's own CSV export, common hand-made sheets, and the
 * column names CRMs and mail apps write in German, French, Spanish, Italian, Dutch and Swedish (second line of a list).
 */
export const GENERIC_SYNONYMS: Record<ImportTarget, string[]> = {
  fullName: ['name', 'fullname', 'contactname', 'contact', 'leadname', 'displayname'],
  firstName: ['firstname', 'givenname', 'first', 'forename',
    'vorname', 'prenom', 'nombre', 'nome', 'voornaam', 'fornamn', 'fornavn'],
  lastName: ['lastname', 'surname', 'familyname', 'last',
    'nachname', 'familienname', 'nom', 'nomdefamille', 'apellido', 'apellidos', 'cognome', 'sobrenome', 'achternaam', 'efternamn', 'efternavn'],
  namePrefix: ['salutation', 'prefix', 'nameprefix',
    'anrede', 'civilite', 'tratamiento'],
  nameSuffix: ['suffix', 'namesuffix'],
  email: ['email', 'emailaddress', 'workemail', 'businessemail', 'emails', 'primaryemail', 'secondaryemail', 'tertiaryemail',
    'additionalemails', 'additionalemailaddresses', 'emailwork', 'emailhome', 'emailother', 'personalemail',
    'emailadresse', 'courriel', 'adressecourriel', 'adresseemail', 'correo', 'correoelectronico', 'epost', 'epostadress', 'emailadres'],
  phone: ['phone', 'phonenumber', 'workphone', 'businessphone', 'officephone', 'telephone', 'firstphone', 'primaryphone', 'phonework',
    'otherphone', 'phoneother', 'worknumber', 'officenumber', 'businessnumber',
    'telefon', 'telefonnummer', 'telefono', 'telefoon', 'telefoonnummer', 'numerodetelephone', 'telefonegeschaftlich'],
  mobile: ['mobile', 'mobilephone', 'mobilephonenumber', 'mobilenumber', 'cellphone', 'cell', 'phonemobile', 'cellnumber', 'cellphonenumber',
    'mobil', 'mobiltelefon', 'mobilnummer', 'handy', 'handynummer', 'portable', 'telephoneportable', 'movil', 'telefonomovil', 'celular',
    'cellulare', 'mobiel', 'mobielnummer', 'mobiltelefonnummer'],
  directPhone: ['workdirectphone', 'directphone', 'directdial', 'directline', 'directnumber'],
  homePhone: ['homephone', 'phonehome', 'homenumber'],
  companyPhone: ['corporatephone', 'companyphone', 'companyphonenumber', 'companymainphone', 'accountphone', 'organizationphone', 'mainphone'],
  title: ['title', 'jobtitle', 'position', 'role', 'currenttitle', 'designation', 'job',
    'jobtitel', 'berufsbezeichnung', 'poste', 'fonction', 'cargo', 'puesto', 'functie', 'befattning'],
  headline: ['headline', 'linkedinheadline'],
  company: ['company', 'companyname', 'accountname', 'account', 'organization', 'organizationname', 'organisation',
    'organisationname', 'employer', 'currentcompany', 'currentorganization', 'currentemployer', 'companyaccount',
    'firma', 'firmenname', 'unternehmen', 'unternehmensname', 'entreprise', 'societe', 'empresa', 'azienda', 'bedrijf', 'bedrijfsnaam',
    'foretag'],
  companyDomain: ['companydomain', 'companydomainname', 'domain', 'emaildomain', 'websitedomain', 'companywebsitedomain'],
  website: ['website', 'websiteurl', 'companywebsite', 'web', 'webpage', 'organizationwebsite', 'url', 'homepage',
    'webseite', 'internetseite', 'siteweb', 'sitioweb', 'sitoweb', 'hemsida'],
  linkedin: ['linkedin', 'linkedinurl', 'linkedinprofile', 'linkedinprofileurl', 'profileurl', 'personlinkedinurl', 'salesnavigatorurl',
    'defaultprofileurl'],
  twitter: ['twitter', 'twitterurl', 'twitterhandle', 'twitterusername', 'xurl', 'xprofile'],
  github: ['github', 'githuburl', 'githubprofile'],
  city: ['city', 'mailingcity', 'town', 'workcity', 'businesscity',
    'stadt', 'ort', 'ville', 'ciudad', 'citta', 'cidade', 'plaats', 'stad'],
  region: ['state', 'stateregion', 'region', 'province', 'stateprovince', 'mailingstate', 'mailingstateprovince', 'county', 'workstate',
    'businessstate',
    'bundesland', 'provincia', 'regione', 'provincie'],
  country: ['country', 'countryregion', 'mailingcountry', 'workcountry', 'businesscountry', 'businesscountryregion',
    'land', 'landregion', 'pays', 'pais', 'paese'],
  location: ['location', 'geography'],
  industry: ['industry', 'companyindustry', 'organizationindustry', 'naicsdescription', 'sicdescription'],
  companySize: ['employees', 'numberofemployees', 'companysize', 'employeecount', 'headcount', 'noofemployees', 'companyheadcount',
    'staffcount', 'companystaffcount', 'employeesize'],
  notes: ['notes', 'note', 'description', 'comments',
    'notizen', 'notiz', 'bemerkung', 'bemerkungen', 'remarques', 'notas', 'opmerkingen', 'anteckningar'],
  tags: ['tags', 'labels', 'label', 'categories', 'groupmembership'],
  stage: ['seguestage', 'stage', 'lifecyclestage', 'leadstatus'],
};

export interface ExportFormat {
  id: string;
  name: string;
  /** Normalised headers that identify the format; any one of these sets, all present, is a match. */
  signatures: string[][];
  /** Or: at least `min` header names (as written) of this shape, whichever fields the user chose to export. */
  headerShape?: { pattern: RegExp; min: number };
  /** The format's own meaning of a header, over the generic synonyms; null = never import this column. */
  columns: Record<string, ImportTarget | null>;
  /** Columns used only when no other column of the file maps to their field, tried in the order listed. */
  fallbacks?: Record<string, ImportTarget>;
}

/** A company's own addresses, phones and social pages never describe the person. */
const COMPANY_COLUMNS = { companylinkedinurl: null, companyaddress: null, companycity: null, companystate: null, companycountry: null } as const;

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    // Segue's own CSV export (HubSpot-compatible names plus Segue Stage): read with the generic synonyms.
    id: 'segue', name: 'Segue', signatures: [['seguestage', 'jobtitle', 'websiteurl', 'lifecyclestage']], columns: {},
  },
  {
    id: 'linkedin-connections', name: 'LinkedIn Connections',
    signatures: [['firstname', 'lastname', 'url', 'emailaddress', 'company', 'position', 'connectedon']],
    columns: { url: 'linkedin', position: 'title', connectedon: null },
  },
  {
    id: 'google-contacts-2016', name: 'Google Contacts (Google CSV, 2016–2023)',
    signatures: [['givenname', 'familyname', 'groupmembership'], ['givenname', 'familyname', 'email1value']],
    columns: { name: 'fullName', additionalname: null, nickname: null, shortname: null, maidenname: null, initials: null, location: null,
      occupation: null, subject: null, directoryserver: null, billinginformation: null },
    // "Occupation" is the job only in files without an "Organization 1 - Title" column.
    fallbacks: { occupation: 'title' },
  },
  {
    id: 'google-contacts-2024', name: 'Google Contacts (2024 CSV)',
    signatures: [['firstname', 'lastname', 'fileas', 'labels'], ['firstname', 'lastname', 'organizationname', 'organizationtitle']],
    columns: { organizationname: 'company', organizationtitle: 'title', organizationdepartment: null, fileas: null, nickname: null, middlename: null },
  },
  {
    id: 'outlook', name: 'Outlook CSV',
    signatures: [['firstname', 'lastname', 'jobtitle', 'businessphone', 'emailaddress'], ['title', 'firstname', 'middlename', 'lastname', 'suffix', 'emaildisplayname']],
    // Outlook's "Title" is the honorific (Mr., Dr.); the job is "Job Title".
    columns: { title: 'namePrefix', jobtitle: 'title', department: null, assistantsphone: null, businessfax: null, homefax: null, otherfax: null,
      callback: null, carphone: null, isdn: null, pager: null, radiophone: null, ttytddphone: null, telex: null, emaildisplayname: null,
      email2displayname: null, email3displayname: null, emailtype: null, email2type: null, email3type: null, location: null,
      officelocation: null, account: null, keywords: null, managersname: null, assistantsname: null, mileage: null, priority: null,
      sensitivity: null, private: null, profession: null, referredby: null, spouse: null, children: null, user1: null, user2: null,
      user3: null, user4: null, hobby: null, language: null, homecity: null, homestate: null, homecountryregion: null, homecountry: null,
      othercity: null, otherstate: null, othercountryregion: null, othercountry: null },
  },
  {
    id: 'apollo', name: 'Apollo',
    signatures: [['companynameforemails', 'emailstatus'], ['personlinkedinurl', 'apollocontactid']],
    // Apollo's Facebook and Twitter columns are the company's pages.
    columns: { ...COMPANY_COLUMNS, companynameforemails: null, facebookurl: null, twitterurl: null, stage: null, lists: null, keywords: null,
      seniority: null, departments: null, contactowner: null, accountowner: null, primaryemailsource: null, secondaryemailsource: null,
      tertiaryemailsource: null, seodescription: null, subsidiaryof: null },
  },
  {
    id: 'hubspot', name: 'HubSpot',
    signatures: [['recordid', 'lifecyclestage'], ['recordid', 'associatedcompany'], ['recordid', 'stateregion'], ['recordid', 'contactowner', 'createdate'], ['recordid', 'marketingcontactstatus'],
      ['recordid', 'countryregion', 'contactowner'], ['recordid', 'companydomainname', 'contactowner'], ['jobtitle', 'websiteurl', 'lifecyclestage']],
    columns: { recordid: null, associatedcompany: 'company', contactowner: null, linkedinbio: null, primaryassociatedcompanyid: null,
      associatedcompanyids: null, leadstatus: null },
  },
  {
    id: 'salesforce-dataloader', name: 'Salesforce Data Loader',
    // API names: Data Loader writes the fields of its SOQL query ("AccountId", "MailingCity"), upper-cased or as typed.
    signatures: [['id', 'ownerid', 'lastname', 'firstname'], ['id', 'isdeleted', 'lastname'], ['id', 'accountid', 'lastname', 'firstname']],
    columns: { id: null, name: 'fullName', accountid: null, ownerid: null, mobilephone: 'mobile', homephone: 'homePhone', otherphone: 'phone',
      assistantphone: null, assistantname: null, reportstoid: null, department: null, leadsource: null, fax: null, othercity: null,
      otherstate: null, othercountry: null, masterrecordid: null, numberofemployees: 'companySize', status: 'stage' },
  },
  {
    id: 'salesforce-report', name: 'Salesforce report',
    signatures: [['firstname', 'lastname', 'accountname', 'mailingcity'], ['salutation', 'firstname', 'lastname', 'accountname'],
      ['firstname', 'lastname', 'accountname', 'contactowner', 'leadsource'], ['firstname', 'lastname', 'accountname', 'title']],
    // "Status" is the lead status in a lead report.
    columns: { status: 'stage', contactowner: null, leadowner: null, leadsource: null, contactid: null, accountid: null, mailingstreet: null, mailingzippostalcode: null },
  },
  {
    id: 'zoho', name: 'Zoho CRM',
    // "Record Id" with "Account Name.id" / "Mailing Zip": Zoho's spelling; Salesforce writes "Mailing Zip/Postal Code".
    signatures: [['recordid', 'contactowner', 'accountname', 'firstname', 'lastname', 'leadsource'],
      ['recordid', 'firstname', 'lastname', 'accountname', 'accountnameid'], ['recordid', 'firstname', 'lastname', 'accountname', 'mailingzip'], ['recordid', 'leadowner', 'leadsource'],
      ['recordid', 'mailingzip'], ['recordid', 'firstname', 'lastname', 'accountname', 'title']],
    columns: { recordid: null, contactowner: null, contactownerid: null, leadowner: null, accountnameid: null, asstphone: null,
      assistant: null, fax: null, skypeid: null, reportsto: null, vendorname: null, leadsource: null, fullname: 'fullName', mailingzip: null },
  },
  {
    id: 'pipedrive', name: 'Pipedrive',
    signatures: [['personname', 'personorganization'], ['personname', 'personemailwork']],
    // Every column is "<Entity> - <Field>" ("Person - Email - Work", "Organization - Name"), in any language's labels.
    headerShape: { pattern: /^person\s+-\s+\S/i, min: 2 },
    // Pipedrive names address parts "<part> of <address field>"; a person's own address field is "Postal address".
    columns: { personid: null, personowner: null, personvisibleto: null, personopendeals: null, personcloseddeals: null,
      personlabel: 'tags', personlabels: 'tags', organizationname: 'company', personorganization: 'company', organizationid: null,
      citytownvillagelocalityofpostaladdress: 'city', statecountyofpostaladdress: 'region', countryofpostaladdress: 'country',
      regionofpostaladdress: null, fullcombinedaddressofpostaladdress: null, postaladdress: null },
  },
  {
    id: 'sales-navigator', name: 'Sales Navigator',
    signatures: [['firstname', 'lastname', 'title', 'company', 'profileurl'], ['profileurl', 'fullname', 'companyname', 'vmid'],
      ['defaultprofileurl', 'fullname']],
    // "profileUrl" is the Sales Navigator page (linkedin.com/sales/…); the regular profile, when exported too, is the one
    // a captured LinkedIn page matches.
    columns: { companyurl: null, regularcompanyurl: null, companylocation: null, companyid: null, summary: null, titledescription: null,
      vmid: null, query: null, timestamp: null, sharedconnectionscount: null, profileurl: null, linkedinprofileurl: null,
      defaultprofileurl: 'linkedin' },
    // defaultProfileUrl is /in/<name>, linkedInProfileUrl /in/<member id>; the Sales Navigator page only when alone.
    fallbacks: { linkedinprofileurl: 'linkedin', profileurl: 'linkedin' },
  },
  {
    id: 'mailchimp', name: 'Mailchimp',
    // The last one is Mailchimp's default audience fields (merge tags EMAIL, FNAME, LNAME, ADDRESS, PHONE, BIRTHDAY).
    signatures: [['emailaddress', 'memberrating'], ['emailaddress', 'optintime'], ['emailaddress', 'leid', 'euid'],
      ['emailaddress', 'firstname', 'lastname', 'address', 'phonenumber', 'birthday']],
    // CC is the subscriber's country code; REGION and ADDRESS are guessed from the sign-up IP or free text.
    columns: { cc: 'country', region: null, address: null, memberrating: null, optintime: null, optinip: null, confirmtime: null,
      confirmip: null, latitude: null, longitude: null, gmtoff: null, dstoff: null, timezone: null, lastchanged: null, leid: null, euid: null },
  },
  {
    id: 'yahoo', name: 'Yahoo Mail contacts',
    signatures: [['first', 'middle', 'last', 'nickname', 'email', 'category', 'distributionlists']],
    // Phones are named by their kind alone; "Primary" says which of them is preferred, and Category is the contact list.
    columns: { home: 'homePhone', work: 'phone', other: 'phone', yahoophone: 'phone', mobile: 'mobile', pager: null, fax: null,
      primary: null, category: 'tags', distributionlists: null, messengerid: null, personalwebsite: null, businesswebsite: 'website',
      middle: null, nickname: null, homeaddress: null, homecity: null, homestate: null, homezip: null, homecountry: null },
  },
  {
    id: 'thunderbird', name: 'Thunderbird address book',
    signatures: [['displayname', 'primaryemail', 'mobilenumber'], ['primaryemail', 'secondaryemail', 'screenname']],
    columns: { displayname: 'fullName', primaryemail: 'email', secondaryemail: 'email', workphone: 'phone', mobilenumber: 'mobile',
      homephone: 'homePhone', faxnumber: null, pagernumber: null, screenname: null, nickname: null, organization: 'company',
      organisation: 'company', webpage1: 'website', webpage2: null, workcounty: 'region', homecity: null, homestate: null, homecounty: null,
      homecountry: null, department: null, custom1: null, custom2: null, custom3: null, custom4: null },
  },
];

/** Header names folded to lower-case letters and digits: "State/Region" → "stateregion", "Person - Name" → "personname". */
export function normalizeHeader(header: string): string {
  return header.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * The format whose signature the header names (as written) carry; the longest matching signature wins. A header
 * shape counts as a signature of its `min` size.
 */
export function detectFormat(headers: readonly string[]): ExportFormat | undefined {
  const present = new Set(headers.map(normalizeHeader));
  let best: { format: ExportFormat; size: number } | undefined;
  const consider = (format: ExportFormat, size: number) => { if (!best || size > best.size) best = { format, size }; };
  for (const format of EXPORT_FORMATS) {
    for (const signature of format.signatures) if (signature.every((h) => present.has(h))) consider(format, signature.length);
    const shape = format.headerShape;
    if (shape && headers.filter((h) => shape.pattern.test(h.trim())).length >= shape.min) consider(format, shape.min);
  }
  return best?.format;
}
