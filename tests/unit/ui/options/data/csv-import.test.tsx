import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { database, prospectsRepo } from '../../../../../src/db/default-database';
import { send } from '../../../../../src/messaging/client';
import { ToastProvider } from '../../../../../src/ui/options/shared/toast';
import { clearDatabase, dispatch, seedProspects } from '../../../../support/dashboard/dashboard-harness';
import { BackupImport } from '../../../../../src/ui/options/data/backup-import';
import { CsvImport } from '../../../../../src/ui/options/data/csv-import';
import { exportBackupText } from '../../../../../src/db/export/backup-export';

vi.mock('../../../../../src/messaging/client', () => ({ send: vi.fn() }));

const CSV = [
  'Contact,Mail,Job Title,Organisation,Employees,Comments',
  'Avery Abbott,avery@acme.example,VP Sales,Acme Robotics,51-200,Met at the trade fair',
  'Blake Brennan,not-an-email,Account Executive,Acme Robotics,,',
  'Casey Castillo,casey@cobalt.example,Head of RevOps,Cobalt Freight,lots,',
  'Avery Abbott,avery@acme.example,VP of Sales,Acme Robotics,,"Second row, same person"',
].join('\n');

function upload(testId: string, content: string, name: string) {
  const input = screen.getByTestId(testId) as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([content], name, { type: 'text/csv' })] } });
}

beforeEach(async () => {
  await clearDatabase();
  vi.mocked(send).mockReset();
  vi.mocked(send).mockImplementation(dispatch as typeof send);
});

describe('CsvImport', () => {
  it('guesses the columns, shows each row\'s errors before writing anything, then imports with a summary', async () => {
    render(<ToastProvider><CsvImport /></ToastProvider>);
    upload('csv-file', CSV, 'fair-leads.csv');

    const mapping = await screen.findByTestId('mapping-table');
    expect((within(mapping).getByTestId('map-Contact') as HTMLSelectElement).value).toBe('fullName');
    expect((within(mapping).getByTestId('map-Mail') as HTMLSelectElement).value).toBe('');
    expect((within(mapping).getByTestId('map-Organisation') as HTMLSelectElement).value).toBe('company');

    // The e-mail column was not recognised: map it by hand, and the preview follows.
    fireEvent.change(within(mapping).getByTestId('map-Mail'), { target: { value: 'email' } });
    const preview = await screen.findByTestId('import-preview');
    await waitFor(() => expect(within(preview).getByTestId('preview-valid').textContent).toBe('2 rows ready'));
    expect(within(preview).getByTestId('preview-errors').textContent).toBe('2 rows with errors (skipped)');
    expect(screen.getByTestId('start-import').textContent).toBe('Import 2 prospects');
    // Rows with errors are shown first, with what is wrong (row numbers count the header as row 1).
    const errorRows = within(preview).getAllByTestId('preview-row');
    expect(errorRows.map((r) => r.firstElementChild!.textContent)).toEqual(['3', '4']);
    expect(errorRows[0]!.textContent).toMatch(/Email "not-an-email" is not a valid email address/);
    expect(errorRows[1]!.textContent).toMatch(/Company size "lots" is not a number/);
    expect(await database().prospects.count()).toBe(0);

    fireEvent.click(within(preview).getByRole('checkbox'));
    expect(within(preview).getAllByTestId('preview-row').at(-1)!.textContent).toMatch(/Same person as row 2/);

    fireEvent.click(screen.getByTestId('start-import'));
    const done = await screen.findByTestId('import-done', {}, { timeout: 3000 });
    expect(within(done).getByTestId('import-summary').textContent).toBe('1 created, 1 merged into existing prospects, 0 already up to date, 2 skipped because of errors.');
    const avery = (await prospectsRepo().search('avery'))[0]!;
    expect(avery).toMatchObject({ company: 'Acme Robotics', companySize: 51, emails: ['avery@acme.example'] });
    expect(await database().prospects.count()).toBe(1);
  });

  it('words counts by their number: one row, one prospect', async () => {
    render(<ToastProvider><CsvImport /></ToastProvider>);
    upload('csv-file', 'Full Name,Email,Company\nAvery Abbott,avery@acme.example,Acme Robotics\n', 'one.csv');
    const preview = await screen.findByTestId('import-preview');
    await waitFor(() => expect(within(preview).getByTestId('preview-valid').textContent).toBe('1 row ready'));
    expect(within(preview).getByTestId('preview-errors').textContent).toBe('0 rows with errors (skipped)');
    expect(screen.getByTestId('start-import').textContent).toBe('Import 1 prospect');
  });

  it('says the company is unknown when the file has no company column, only an account ID (Salesforce Data Loader)', async () => {
    render(<ToastProvider><CsvImport /></ToastProvider>);
    upload('csv-file', 'ID,ACCOUNTID,LASTNAME,FIRSTNAME,EMAIL,TITLE\n0035e00000FICT01AAA,0015e00000FICT01AAA,Nakashima,Reiko,reiko@cedarpoint.example,SVP Operations\n', 'extract.csv');
    const preview = await screen.findByTestId('import-preview');
    expect(within(preview).getByTestId('preview-no-company').textContent).toBe(
      'This file has no company column, only an account ID (ACCOUNTID): these prospects\u2019 company will be unknown. Export the account name with them to fill it in.');
    expect(within(preview).getByTestId('preview-row').children[3]!.textContent).toBe('Unknown');
  });

  it('says nothing about the company when the file has one', async () => {
    render(<ToastProvider><CsvImport /></ToastProvider>);
    upload('csv-file', 'Full Name,Email,Company\nAvery Abbott,avery@acme.example,Acme Robotics\n', 'one.csv');
    const preview = await screen.findByTestId('import-preview');
    expect(within(preview).queryByTestId('preview-no-company')).toBeNull();
    expect(within(preview).getByTestId('preview-row').children[3]!.textContent).toBe('Acme Robotics');
  });

  it('words the skipped preamble lines by their number', async () => {
    render(<ToastProvider><CsvImport /></ToastProvider>);
    upload('csv-file', 'Notes:\n"When exporting your connection data, some email addresses may be missing."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Quinn,https://www.linkedin.com/in/ada-quinn-fict,,Acme,CEO,12 Mar 2024\n', 'Connections.csv');
    expect((await screen.findByTestId('import-skipped-lines')).textContent).toMatch(/^Skipped \d lines above the header row and 0 lines after the table/);
    upload('csv-file', 'Notes:\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Quinn,https://www.linkedin.com/in/ada-quinn-fict,,Acme,CEO,12 Mar 2024\n', 'Connections.csv');
    await waitFor(() => expect(screen.getByTestId('import-skipped-lines').textContent).toBe('Skipped 1 line above the header row and 0 lines after the table (notes, not contacts).'));
  });

  it('shows a file that cannot be imported as a clear error', async () => {
    render(<ToastProvider><CsvImport /></ToastProvider>);
    upload('csv-file', 'Colour,Size\nred,2\n', 'paint.csv');
    expect((await screen.findByTestId('file-errors')).textContent).toMatch(/No column looks like a name, an email or a profile URL/);
    expect(screen.queryByTestId('start-import')).toBeNull();
  });
});

describe('BackupImport', () => {
  it('summarises a backup first and restores it only when confirmed', async () => {
    await seedProspects(3);
    const backup = await exportBackupText(database());
    await clearDatabase();
    render(<ToastProvider><BackupImport /></ToastProvider>);
    upload('backup-file', backup, 'segue-backup.json');
    expect((await screen.findByTestId('backup-summary')).textContent).toMatch(/3 prospects, 0 segments, 0 calls/);
    expect(await database().prospects.count()).toBe(0);
    fireEvent.click(screen.getByTestId('restore-backup'));
    await screen.findByTestId('import-done', {}, { timeout: 3000 });
    expect(await database().prospects.count()).toBe(3);
  });

  it('says what is wrong with a file that is not a backup', async () => {
    render(<ToastProvider><BackupImport /></ToastProvider>);
    upload('backup-file', '{"hello": "world"}', 'other.json');
    expect((await screen.findByTestId('backup-error')).textContent).toMatch(/not a Segue backup/);
  });
});
