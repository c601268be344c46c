import { describe, expect, it } from 'vitest';
import { applyOverride, guessTarget, normalizeHeader, suggestMapping } from '../../../../src/db/import/column-mapping';

describe('normalizeHeader', () => {
  it('folds case, accents and punctuation', () => {
    expect(normalizeHeader('State/Region')).toBe('stateregion');
    expect(normalizeHeader('Person - Name')).toBe('personname');
    expect(normalizeHeader('# Employees')).toBe('employees');
    expect(normalizeHeader(' Téléphone ')).toBe('telephone');
  });
});

describe('suggestMapping', () => {
  it('maps a HubSpot export', () => {
    expect(suggestMapping(['Record ID', 'First Name', 'Last Name', 'Email', 'Job Title', 'Company Name', 'Phone Number',
      'Mobile Phone Number', 'City', 'State/Region', 'Country/Region', 'Website URL', 'LinkedIn URL', 'Lifecycle Stage'])).toEqual({
      'Record ID': null, 'First Name': 'firstName', 'Last Name': 'lastName', Email: 'email', 'Job Title': 'title',
      'Company Name': 'company', 'Phone Number': 'phone', 'Mobile Phone Number': 'mobile', City: 'city',
      'State/Region': 'region', 'Country/Region': 'country', 'Website URL': 'website', 'LinkedIn URL': 'linkedin',
      'Lifecycle Stage': 'stage',
    });
  });

  it('maps Salesforce, Pipedrive, Sales Navigator and Apollo exports', () => {
    expect(suggestMapping(['First Name', 'Last Name', 'Title', 'Account Name', 'Email', 'Phone', 'Mobile', 'Mailing City', 'Mailing State/Province', 'Mailing Country'])).toEqual({
      'First Name': 'firstName', 'Last Name': 'lastName', Title: 'title', 'Account Name': 'company', Email: 'email', Phone: 'phone',
      Mobile: 'mobile', 'Mailing City': 'city', 'Mailing State/Province': 'region', 'Mailing Country': 'country',
    });
    expect(suggestMapping(['Person - Name', 'Person - Email - Work', 'Person - Email - Home', 'Person - Phone - Work', 'Person - Phone - Mobile', 'Organization - Name'])).toEqual({
      'Person - Name': 'fullName', 'Person - Email - Work': 'email', 'Person - Email - Home': 'email',
      'Person - Phone - Work': 'phone', 'Person - Phone - Mobile': 'mobile', 'Organization - Name': 'company',
    });
    expect(suggestMapping(['First Name', 'Last Name', 'Title', 'Company', 'Profile URL'])['Profile URL']).toBe('linkedin');
    const apollo = suggestMapping(['Company', 'Company Name for Emails', 'Person Linkedin Url', '# Employees', 'Mobile Phone', 'Work Direct Phone', 'Corporate Phone', 'Website', 'Company Linkedin Url', 'Twitter Url', 'Company City', 'Email Status']);
    expect(apollo).toEqual({
      Company: 'company', 'Company Name for Emails': null, 'Person Linkedin Url': 'linkedin', '# Employees': 'companySize',
      'Mobile Phone': 'mobile', 'Work Direct Phone': 'directPhone', 'Corporate Phone': 'companyPhone', Website: 'website',
      'Company Linkedin Url': null, 'Twitter Url': null, 'Company City': null, 'Email Status': null,
    });
  });

  it('maps a single-value field once and prefers Segue Stage over Lifecycle Stage', () => {
    const m = suggestMapping(['Position', 'Role', 'Lifecycle Stage', 'Segue Stage']);
    expect(m).toEqual({ Position: 'title', Role: null, 'Lifecycle Stage': null, 'Segue Stage': 'stage' });
  });

  it('reads a bare "Title" beside "Job Title" as the honorific (Outlook\'s layout)', () => {
    expect(suggestMapping(['Title', 'First Name', 'Last Name', 'Job Title'])).toEqual({ Title: 'namePrefix', 'First Name': 'firstName', 'Last Name': 'lastName', 'Job Title': 'title' });
  });

  it('maps numbered groups: E-mail 1 - Value, Phone 2 - Value, Organization 1 - Title, Address 1 - City', () => {
    expect(suggestMapping(['E-mail 1 - Type', 'E-mail 1 - Value', 'E-mail 2 - Value', 'Phone 1 - Type', 'Phone 1 - Value', 'Phone 2 - Value',
      'Organization 1 - Name', 'Organization 1 - Title', 'Organization 1 - Department', 'Address 1 - City', 'Address 1 - Country', 'Website 1 - Value'])).toEqual({
      'E-mail 1 - Type': null, 'E-mail 1 - Value': 'email', 'E-mail 2 - Value': 'email', 'Phone 1 - Type': null, 'Phone 1 - Value': 'phone',
      'Phone 2 - Value': 'phone', 'Organization 1 - Name': 'company', 'Organization 1 - Title': 'title', 'Organization 1 - Department': null,
      'Address 1 - City': 'city', 'Address 1 - Country': 'country', 'Website 1 - Value': 'website',
    });
    expect(suggestMapping(['E-mail Address', 'E-mail 2 Address', 'Business Phone', 'Business Phone 2'])).toEqual({
      'E-mail Address': 'email', 'E-mail 2 Address': 'email', 'Business Phone': 'phone', 'Business Phone 2': 'phone',
    });
  });

  it('takes Google\'s "Occupation" as the job only when no "Organization 1 - Title" column exists', () => {
    const old = ['Name', 'Given Name', 'Family Name', 'Occupation', 'Group Membership'];
    expect(suggestMapping(old).Occupation).toBe('title');
    expect(suggestMapping([...old, 'Organization 1 - Title'])).toMatchObject({ Occupation: null, 'Organization 1 - Title': 'title' });
  });

  it('never takes a company\'s social page as the person\'s profile', () => {
    expect(suggestMapping(['Name', 'Company LinkedIn URL', 'Organization Twitter', 'Account LinkedIn', 'LinkedIn URL'])).toEqual({
      Name: 'fullName', 'Company LinkedIn URL': null, 'Organization Twitter': null, 'Account LinkedIn': null, 'LinkedIn URL': 'linkedin',
    });
  });
});

describe('guessTarget on header words no format table names', () => {
  it.each([
    // Qualifiers before the field: whose it is, or which of several.
    ['Contact Phone 2', 'phone'], ['Executive First Name', 'firstName'], ['Executive Title', 'title'], ['Custom Field - Job Title', 'title'],
    ['Primary Phone Number', 'phone'], ['Alternate Email 3', 'email'], ['Personal Email 2', 'email'],
    // Qualifiers after it: how the vendor processed the value.
    ['Company Name - Cleaned', 'company'], ['Phone Number Combined', 'phone'], ['Employee Size Actual', 'companySize'],
    // A location's parts are the person's place; other "Location …" columns are not the person's name.
    ['Location City', 'city'], ['Location State', 'region'], ['Location Employee Size', 'companySize'], ['Location Name', null],
    // "LI" is LinkedIn; the company's page is still not the person's profile.
    ['Contact LI Profile URL', 'linkedin'], ['Company LI Profile URL', null],
    // Vendor words for company facts.
    ['Company Staff Count', 'companySize'], ['Primary NAICS Description', 'industry'], ['Company Website Domain', 'companyDomain'],
    // Other words CRMs use: "<kind> number" for phones, Designation and Job for the title, Salesforce's "Company / Account".
    ['Work number', 'phone'], ['Home number', 'homePhone'], ['Cell number', 'mobile'], ['Direct number', 'directPhone'],
    ['Designation', 'title'], ['Job', 'title'], ['Company / Account', 'company'], ['Current Organization', 'company'],
    // A qualifier in parentheses after the field ("Email (Personal)" is a personal email).
    ['Email (Personal)', 'email'], ['Phone (Work)', 'phone'], ['City (Work)', 'city'], ['Company (Previous)', null],
    // Plural headers of tools that keep several values in one column.
    ['Email addresses', 'email'], ['Phone numbers', 'phone'], ['Mobile Numbers', 'mobile'], ['Websites', 'website'],
    // What must stay unmapped: other names, earlier jobs, the company's own place.
    ['Alternate Name', null], ['Previous Job Title', null], ['Previous Company Name', null], ['Company City', null], ['Contact Owner', null],
  ])('%s → %s', (header, target) => {
    expect(guessTarget(header)).toBe(target);
  });
});

describe('headers in the languages CRMs export in', () => {
  it('maps German, French, Spanish, Italian, Dutch and Swedish column names', () => {
    expect(suggestMapping(['Anrede', 'Vorname', 'Nachname', 'E-Mail-Adresse', 'Telefonnummer', 'Mobiltelefon', 'Unternehmensname', 'Jobtitel',
      'Stadt', 'Bundesland', 'Land/Region', 'Webseite', 'Notizen'])).toEqual({
      Anrede: 'namePrefix', Vorname: 'firstName', Nachname: 'lastName', 'E-Mail-Adresse': 'email', Telefonnummer: 'phone', Mobiltelefon: 'mobile',
      Unternehmensname: 'company', Jobtitel: 'title', Stadt: 'city', Bundesland: 'region', 'Land/Region': 'country', Webseite: 'website', Notizen: 'notes',
    });
    expect(suggestMapping(['Civilité', 'Prénom', 'Nom', 'Courriel', 'Téléphone', 'Téléphone portable', 'Entreprise', 'Poste', 'Ville', 'Pays'])).toEqual({
      'Civilité': 'namePrefix', 'Prénom': 'firstName', Nom: 'lastName', Courriel: 'email', 'Téléphone': 'phone', 'Téléphone portable': 'mobile',
      Entreprise: 'company', Poste: 'title', Ville: 'city', Pays: 'country',
    });
    expect(suggestMapping(['Nombre', 'Apellidos', 'Correo electrónico', 'Teléfono', 'Móvil', 'Empresa', 'Cargo', 'Ciudad', 'País'])).toEqual({
      Nombre: 'firstName', Apellidos: 'lastName', 'Correo electrónico': 'email', 'Teléfono': 'phone', 'Móvil': 'mobile', Empresa: 'company', Cargo: 'title', Ciudad: 'city', 'País': 'country',
    });
    expect(suggestMapping(['Nome', 'Cognome', 'Azienda', 'Città', 'Cellulare'])).toEqual({ Nome: 'firstName', Cognome: 'lastName', Azienda: 'company', 'Città': 'city', Cellulare: 'mobile' });
    expect(suggestMapping(['Voornaam', 'Achternaam', 'Bedrijf', 'Functie', 'Plaats', 'Mobiel'])).toEqual({
      Voornaam: 'firstName', Achternaam: 'lastName', Bedrijf: 'company', Functie: 'title', Plaats: 'city', Mobiel: 'mobile',
    });
    expect(suggestMapping(['Förnamn', 'Efternamn', 'Företag', 'E-post', 'Mobilnummer'])).toEqual({
      'Förnamn': 'firstName', Efternamn: 'lastName', 'Företag': 'company', 'E-post': 'email', Mobilnummer: 'mobile',
    });
  });
});

describe('HubSpot exports since the primary company became a column of its own', () => {
  it('reads "Associated Company (Primary)" as the company and leaves its IDs out', () => {
    expect(suggestMapping(['Record ID', 'First Name', 'Last Name', 'Email', 'Lifecycle Stage', 'Associated Company (Primary)',
      'Associated Company IDs (Primary)'])).toMatchObject({ 'Associated Company (Primary)': 'company', 'Associated Company IDs (Primary)': null });
  });
});

describe('Yahoo contacts CSV', () => {
  it('reads the bare phone kinds (Home, Work, Other, Mobile), Category as tags and the business website', () => {
    expect(suggestMapping(['First', 'Middle', 'Last', 'Nickname', 'Email', 'Category', 'Distribution Lists', 'Messenger ID', 'Home', 'Work',
      'Pager', 'Fax', 'Mobile', 'Other', 'Primary', 'Alternate Email 1', 'Personal Website', 'Business Website', 'Title', 'Company'])).toEqual({
      First: 'firstName', Middle: null, Last: 'lastName', Nickname: null, Email: 'email', Category: 'tags', 'Distribution Lists': null,
      'Messenger ID': null, Home: 'homePhone', Work: 'phone', Pager: null, Fax: null, Mobile: 'mobile', Other: 'phone', Primary: null,
      'Alternate Email 1': 'email', 'Personal Website': null, 'Business Website': 'website', Title: 'title', Company: 'company',
    });
  });
});

describe('applyOverride', () => {
  it('puts the user choices on top and rejects unknown columns or fields', () => {
    const { mapping, errors } = applyOverride(['Name', 'Notes', 'Record ID'], { 'Record ID': 'tags', Notes: null });
    expect(errors).toEqual([]);
    expect(mapping).toEqual({ Name: 'fullName', Notes: null, 'Record ID': 'tags' });
    const bad = applyOverride(['Name'], { Missing: 'email', Name: 'shoeSize' as never });
    expect(bad.errors).toEqual([
      'The mapping names a column "Missing" that the file does not have.',
      'Column "Name" is mapped to an unknown field "shoeSize".',
    ]);
  });
});
