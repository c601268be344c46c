import { describe, expect, it } from 'vitest';
import { isWebUrl, validateRow } from '../../../../src/db/import/row-schema';

describe('isWebUrl', () => {
  it('accepts the profile and website addresses CRMs export', () => {
    for (const url of ['https://www.linkedin.com/in/avery-hartwell-lf', 'http://www.redwoodcap.example', 'https://fr.linkedin.com/in/gideon-marchetti/', 'https://xn--mller-kva.example/team']) {
      expect(isWebUrl(url), url).toBe(true);
    }
  });

  it('refuses what only a lenient parser accepts (Chrome turns spaces in a host into %20)', () => {
    for (const url of ['https://not a url at all', 'https://not%20a%20url', 'https://localhost/x', 'javascript:alert(1)', 'ftp://files.example.com/a', 'https://', '']) {
      expect(isWebUrl(url), url).toBe(false);
    }
  });
});

describe('validateRow', () => {
  it('takes the first and last name over a name column that names neither (an account written as "Lead Name")', () => {
    expect(validateRow({ fullName: ['Harbor Logistics'], firstName: ['Kim'], lastName: ['Park'] }).fields?.fullName).toBe('Kim Park');
    expect(validateRow({ fullName: ['Dr. Kim Park'], firstName: ['Kim'], lastName: ['Park'] }).fields?.fullName).toBe('Dr. Kim Park');
    expect(validateRow({ fullName: ['Kimberly Park-Lee'], firstName: ['Kimberly'], lastName: ['Park Lee'] }).fields?.fullName).toBe('Kimberly Park-Lee');
    expect(validateRow({ fullName: ['Harbor Logistics'], lastName: ['Park'] }).fields?.fullName).toBe('Harbor Logistics');
  });

  it('reports a profile URL with spaces as a row error', () => {
    const result = validateRow({ fullName: ['Ines Kowalczyk'], linkedin: ['not a url at all'] });
    expect(result.fields).toBeUndefined();
    expect(result.errors).toEqual(['Profile URL "https://not a url at all" is not a valid URL.']);
  });

  it('reads a national phone number with the country of the row\'s email or website domain when no country is named', () => {
    const byEmail = validateRow({ fullName: ['Anna Kessler'], phone: ['030 12345678'], email: ['anna@kessler-bau.de'] });
    expect(byEmail.fields?.phones.map((p) => p.number)).toEqual(['+493012345678']);
    const byWebsite = validateRow({ fullName: ['Luc Morel'], mobile: ['06 12 34 56 78'], website: ['https://www.morel-conseil.fr'] });
    expect(byWebsite.fields?.phones.map((p) => p.number)).toEqual(['+33612345678']);
    // A named country still wins over the domain.
    const named = validateRow({ fullName: ['Ada Byrne'], phone: ['(415) 555-0102'], email: ['ada@byrne.de'], country: ['United States'] });
    expect(named.fields?.phones.map((p) => p.number)).toEqual(['+14155550102']);
  });

  it('reads a national phone number with the country of a location written with its ISO code ("Berlin, DE")', () => {
    const berlin = validateRow({ fullName: ['Jonas Albrecht'], phone: ['030 12345678'], location: ['Berlin, DE'] });
    expect(berlin.fields?.location).toEqual({ city: 'Berlin', country: 'Germany', raw: 'Berlin, DE' });
    expect(berlin.fields?.phones.map((p) => p.number)).toEqual(['+493012345678']);
    // Delaware stays a US state, so the number is a US one.
    const wilmington = validateRow({ fullName: ['Dana Whitlock'], phone: ['(302) 555-0147'], location: ['Wilmington, DE'] });
    expect(wilmington.fields?.phones.map((p) => p.number)).toEqual(['+13025550147']);
  });

  it('reads a national phone number with the country the row names in words', () => {
    const result = validateRow({ fullName: ['Nadia Okonkwo'], phone: ['(415) 555-0102'], country: ['United States'] });
    expect(result.fields?.phones).toEqual([{ number: '+14155550102', raw: '(415) 555-0102', label: 'office' }]);
    const german = validateRow({ fullName: ['Talia Quarles'], mobile: ['0170 5550199'], country: ['Germany'] });
    expect(german.fields?.phones.map((p) => p.number)).toEqual(['+491705550199']);
    const unknown = validateRow({ fullName: ['Wes Ellery'], phone: ['(415) 555-0102'] });
    expect(unknown.fields?.phones).toEqual([{ number: '(415) 555-0102', raw: '(415) 555-0102', label: 'office' }]);
  });
});

describe('address books\' own groups are not tags', () => {
  it('drops the groups Google, Android and Apple put every contact in, and keeps the rep\'s own', () => {
    const result = validateRow({ fullName: ['Ada Ashgrove'], tags: ['My Contacts ::: Customers', '* myContacts', 'Starred in Android', 'System Group: My Contacts', 'starred', 'Trade show 2026'] });
    expect(result.fields?.tags).toEqual(['Customers', 'Trade show 2026']);
  });
});
