import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../../src/db/import/column-mapping';
import { detectFormat } from '../../../../src/db/import/export-formats';
import { previewImport } from '../../../../src/db/import/preview';

const detect = (headers: string[]) => detectFormat(headers)?.id;

describe('detectFormat on the shapes real exports take', () => {
  it('knows a Pipedrive export by its "<Entity> - <Field>" columns, whichever fields were chosen', () => {
    expect(detect(['Person - ID', 'Person - Name', 'Person - Email', 'Person - Phone', 'Organization - Name'])).toBe('pipedrive');
    expect(detect(['Organization - Name', 'Person - Name', 'Person - Email', 'Organization - Website'])).toBe('pipedrive');
    expect(detect(['Person - Name', 'Person - E-Mail', 'Organisation - Name'])).toBe('pipedrive');
    expect(detect(['Name', 'Email', 'Organization'])).toBeUndefined();
  });

  it('knows a HubSpot export that carries no lifecycle or owner column', () => {
    expect(detect(['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Associated Company', 'City', 'State/Region'])).toBe('hubspot');
  });

  it("knows Google's older CSV without its Group Membership column", () => {
    expect(detect(['Given Name', 'Family Name', 'E-mail 1 - Value', 'Phone 1 - Value', 'Organization 1 - Name'])).toBe('google-contacts-2016');
  });

  it('knows a Salesforce contact report with only Account Name, names and Title', () => {
    expect(detect(['Account Name', 'First Name', 'Last Name', 'Title', 'Status'])).toBe('salesforce-report');
    // Zoho's contact export has the same labels, and a "Record Id" Salesforce never writes.
    expect(detect(['Record Id', 'First Name', 'Last Name', 'Account Name', 'Title', 'Email'])).toBe('zoho');
  });

  it('knows a Data Loader extract by its API names without Id/OwnerId', () => {
    expect(detect(['id', 'AccountId', 'LastName', 'FirstName', 'Salutation', 'Email'])).toBe('salesforce-dataloader');
  });
});

describe('format columns', () => {
  it("maps Pipedrive's postal address parts", () => {
    expect(suggestMapping(['Person - Name', 'Person - City/town/village/locality of Postal address', 'Person - State/county of Postal address',
      'Person - Country of Postal address', 'Person - Full/combined address of Postal address'])).toEqual({
      'Person - Name': 'fullName', 'Person - City/town/village/locality of Postal address': 'city', 'Person - State/county of Postal address': 'region',
      'Person - Country of Postal address': 'country', 'Person - Full/combined address of Postal address': null,
    });
  });

  it('takes the regular LinkedIn profile over the Sales Navigator one, and the Sales Navigator one when alone', () => {
    expect(suggestMapping(['profileUrl', 'fullName', 'companyName', 'title', 'vmid', 'linkedInProfileUrl'])).toMatchObject({ profileUrl: null, linkedInProfileUrl: 'linkedin' });
    expect(suggestMapping(['profileUrl', 'fullName', 'companyName', 'title', 'vmid'])).toMatchObject({ profileUrl: 'linkedin' });
    // PhantomBuster's defaultProfileUrl is the /in/<name> address a captured LinkedIn page has; linkedInProfileUrl is /in/<member id>.
    expect(suggestMapping(['profileUrl', 'fullName', 'vmid', 'linkedInProfileUrl', 'defaultProfileUrl'])).toMatchObject({
      profileUrl: null, linkedInProfileUrl: null, defaultProfileUrl: 'linkedin',
    });
  });

  it("reads a Salesforce report's Status as the stage", () => {
    const preview = previewImport('Account Name;First Name;Last Name;Title;Status\nNorthwind;Kim;Park;Buyer;Working\n');
    expect(preview.rows[0]!.stage).toBe('contacted');
  });
});

describe('several numbers in one cell', () => {
  it('splits "number, number" (Pipedrive writes every value of a field into one cell) but keeps one number with a comma', () => {
    const phones = (cell: string) => previewImport(`Person - Name,Person - Phone,Person - Email\nKim Park,"${cell}",kim@park.example\n`).rows[0]!.fields!.phones.map((p) => p.number);
    expect(phones('+1 202-555-0191, +1 202-555-0192')).toEqual(['+12025550191', '+12025550192']);
    expect(phones('+1 202-555-0193')).toEqual(['+12025550193']);
  });
});
