// Rebuilds the out-of-tree CRM export corpus (/work/corpus/crm, or $SEGUE_CORPUS/crm) from the public excerpts saved
// under its raw/ folder (find_string/read_file output of the sources in PROVENANCE.md, header and rows as published)
// and from fetched repository snapshots under /work/.mirror (the vCard test files of ez-vcard).
// Private individuals' addresses and numbers are replaced with reserved example values, keeping the structure.
// The expected-field labels (<item>.expected.json) are ours and live beside the items; this script leaves them alone.
// Run: npx tsx tests/corpus/crm/collect.ts
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Item {
  item: string;
  /** A file under raw/, or a file in a fetched snapshot: { mirror: 'owner+name', commit, path }. */
  raw: string | { mirror: string; commit: string; path: string };
  ext: 'csv' | 'tab' | 'vcf';
  /** [as published, as stored]: applied in order, every occurrence. */
  anonymize?: Array<[string, string]>;
  /** Keep the header row only (the published rows are not usable as they are). */
  headerOnly?: boolean;
}

export const ITEMS: Item[] = [
  { item: 'linkedin-connections-bom', raw: '71504639682.txt', ext: 'csv' },
  { item: 'linkedin-connections-go', raw: '70878226498.txt', ext: 'csv' },
  { item: 'linkedin-connections-py', raw: '59320101013.txt', ext: 'csv' },
  { item: 'linkedin-connections-ts', raw: '54528502723.txt', ext: 'csv' },
  { item: 'apollo-first-phone', raw: '70560391392.txt', ext: 'csv' },
  { item: 'apollo-departments', raw: '70239331605-apollo.txt', ext: 'csv', anonymize: [['getnimbus.ai', 'getnimbus.example'], ['quillhq.io', 'quillhq.example']] },
  { item: 'apollo-template-header', raw: '14020878299.txt', ext: 'csv' },
  { item: 'hubspot-contacts-mode', raw: '70239331605-hubspot.txt', ext: 'csv',
    anonymize: [['acme.de', 'acme-gmbh.example'], ['ann.lee@gmail.com', 'ann.lee@example.com'], ['bob@gmail.com', 'bob@example.net']] },
  { item: 'hubspot-all-properties-header', raw: '44056861562.txt', ext: 'csv' },
  { item: 'hubspot-default-properties-header', raw: 'kiboengage-hubspot-columns.txt', ext: 'csv' },
  { item: 'mailchimp-audience-company', raw: '39749545069.txt', ext: 'csv',
    anonymize: [['MSKCOMPANIES.COM', 'MSKCOMPANIES.EXAMPLE'], ['713-817-5649', '202-555-0141'], ['leadershipalignmentpartners.com', 'leadershipalignmentpartners.example'],
      ['13095334000', '12025550142'], ['buttontrans.com', 'buttontrans.example'], ['hildrethkd@yahoo.com', 'hildrethkd@example.com'], ['13307239688', '12025550143'],
      ['customflavors.com', 'customflavors.example'], ['19492767995', '12025550144']] },
  { item: 'mailchimp-audience-rating', raw: '39215757838.txt', ext: 'csv' },
  { item: 'mailchimp-audience-tags', raw: '55657341440.txt', ext: 'csv',
    anonymize: [['fia@gmail.com', 'fia@example.com'], ['gus@yahoo.com', 'gus@example.net'], ['0709876543', '0701740605']] },
  { item: 'mailchimp-audience-minimal', raw: '60451783323.txt', ext: 'csv', anonymize: [['ana@mail.com', 'ana@example.com'], ['3764222333', '3764555012']] },
  { item: 'thunderbird-csharp', raw: '35139069412.txt', ext: 'csv', anonymize: [['john.doe@internet.com', 'john.doe@example.com']] },
  { item: 'thunderbird-uk', raw: '56797920570.txt', ext: 'csv' },
  { item: 'thunderbird-us-header', raw: '32202732368.txt', ext: 'csv' },
  { item: 'google-contacts-2024-email-only', raw: '52487203887.txt', ext: 'csv' },
  { item: 'google-contacts-2016-header', raw: '45394780716.txt', ext: 'csv' },
  { item: 'outlook-com-header', raw: 'csv2vcard-outlook-header.txt', ext: 'csv' },
  { item: 'salesforce-contact-fields-header', raw: '48321739121.txt', ext: 'csv' },
  { item: 'zoho-contacts-swift', raw: '70681987786.txt', ext: 'csv', anonymize: [['ridgepg.com', 'ridgepg.example']] },
  // December 2026 batch: Pipedrive, Salesforce report and Data Loader, Sales Navigator, and vCards.
  { item: 'pipedrive-presets', raw: '63044015625-pipedrive.txt', ext: 'csv', anonymize: [['acme.com', 'acme-restoration.example']] },
  { item: 'pipedrive-swedish', raw: '70605104305-pipedrive.txt', ext: 'csv', anonymize: [['bygg.se', 'bygg.example']] },
  { item: 'pipedrive-migration-header', raw: '55092313147-pipedrive-header.txt', ext: 'csv' },
  { item: 'pipedrive-scraper-header', raw: '58468432813-pipedrive-header.txt', ext: 'csv' },
  { item: 'salesforce-report-presets', raw: '63044015625-salesforce.txt', ext: 'csv' },
  { item: 'salesforce-report-semicolon', raw: '70605104305-salesforce.txt', ext: 'csv' },
  { item: 'salesforce-dataloader-header', raw: '27541296010-dataloader-header.txt', ext: 'csv' },
  { item: 'salesforce-dataloader-npsp-header', raw: '1953638327-dataloader-header.txt', ext: 'csv' },
  { item: 'hubspot-presets', raw: '63044015625-hubspot.txt', ext: 'csv', anonymize: [['acme.com', 'acme-restoration.example']] },
  { item: 'google-contacts-2016-presets', raw: '63044015625-google.txt', ext: 'csv' },
  { item: 'sales-navigator-phantombuster', raw: '19656091384-salesnav.txt', ext: 'csv' },
  { item: 'sales-navigator-header', raw: '28952268422-salesnav-header.txt', ext: 'csv' },
  { item: 'sales-navigator-scraper-header', raw: '62937499107-salesnav-scraper-header.txt', ext: 'csv' },
  ...vCards(),
  // December 2026, second batch: formats not seen before (data vendors, other CRMs, mail providers, sequencers).
  { item: 'zoominfo-contacts-header', raw: '61950294-zoominfo-header.txt', ext: 'csv' },
  { item: 'seamless-reader-header', raw: '27258255098-seamless-header.txt', ext: 'csv' },
  // The published row has three cells more than the header (its phone block is shifted), so only the header is kept.
  { item: 'seamless-export-header', raw: '44437452727-seamless.txt', ext: 'csv', headerOnly: true },
  { item: 'salesgenie-reader-header', raw: '27258255098-salesgenie-header.txt', ext: 'csv' },
  { item: 'yahoo-contacts-header', raw: '29331127324-yahoo-header.txt', ext: 'csv' },
  { item: 'dynamics-contacts-header', raw: '8643716192-dynamics-header.txt', ext: 'csv' },
  { item: 'dynamics-template-header', raw: '70918959669-dynamics-template-header.txt', ext: 'csv' },
  { item: 'atomic-crm-contacts', raw: '9257494878-atomic-crm.txt', ext: 'csv',
    anonymize: [['john.doe@gmail.com', 'john.doe@example.com'], ['jdoe@caramail.com', 'jdoe@example.net'], ['659-980-2015', '202-555-0115'],
      ['740.645.3807', '202.555.0116'], ['(446) 758-2122', '(202) 555-0117'], ['659-980-2020', '202-555-0120'], ['740.647.3802', '202.555.0121']] },
  { item: 'lmn-contacts', raw: 'lmn-crm-demo.txt', ext: 'csv',
    anonymize: [['acme.com', 'acme.example'], ['greengardens.com', 'greengardens.example'], ['mvlawn.com', 'mvlawn.example']] },
  { item: 'lemlist-prospects', raw: '38693226923-lemlist.txt', ext: 'csv',
    anonymize: [['behavioral-analytics.io', 'behavioral-analytics.example'], ['stratconsult.com', 'stratconsult.example'], ['quanthedge.capital', 'quanthedge.example']] },
  { item: 'cadence-import-header', raw: '7873281651-cadence-header.txt', ext: 'csv' },
  { item: 'audience-republic-extended', raw: '61953179027-audience-republic.txt', ext: 'csv' },
  ...moreVCards(),
  // Added after this batch's fixes and measured once, untouched.
  { item: 'evaboot-format-header', raw: '11681286385-evaboot-header.txt', ext: 'csv' },
  { item: 'import-doc-full-format', raw: '28168085354-import-doc.txt', ext: 'csv',
    anonymize: [['@work.com', '@work.example'], ['john.personal@gmail.com', 'john.personal@example.net'], ['@company.com', '@company.example']] },
];

/** ez-vcard's other producers' exports (Android, BlackBerry, Evolution, Lotus Notes, FullContact, vCard 4 with a LABEL). */
function moreVCards(): Item[] {
  const commit = '2396882d93f2da1eaab405d637fedeff582b2b66';
  const at = (path: string) => ({ mirror: 'mangstadt+ez-vcard', commit, path: `src/test/resources/ezvcard/${path}` });
  // Evolution folds lines inside values ("www.ibm.co\r\n m", "905-666\r\n -1234"): replaced fold and all.
  const ibm: Array<[string, string]> = [['ibm.com', 'ibm.example'], ['www.ibm.co\r\n m', 'www.ibm.exa\r\n mple'], ['johnn\r\n y5@aol.com', 'johnn\r\n y5@example.net'],
    ['905-666\r\n -1234', '202-555\r\n -0135'], ['9\r\n 05-555-1234', '2\r\n 02-555-0134']];
  return [
    { item: 'vcard-android', raw: at('io/text/John_Doe_ANDROID.vcf'), ext: 'vcf', anonymize: [['@company.com', '@company.example'], ['www.company.com', 'www.company.example']] },
    { item: 'vcard-blackberry', raw: at('io/text/John_Doe_BLACK_BERRY.vcf'), ext: 'vcf' },
    { item: 'vcard-evolution', raw: at('io/text/John_Doe_EVOLUTION.vcf'), ext: 'vcf', anonymize: ibm },
    { item: 'vcard-lotus-notes', raw: at('io/text/John_Doe_LOTUS_NOTES.vcf'), ext: 'vcf',
      anonymize: [['ibm.com', 'ibm.example'], ['billy_bob@gmail.com', 'billy_bob@example.com'], ['www.sun.com', 'www.sun.example']] },
    { item: 'vcard-fullcontact', raw: at('io/text/fullcontact.vcf'), ext: 'vcf' },
    { item: 'vcard-gmail-single2', raw: at('io/text/gmail-single2.vcf'), ext: 'vcf' },
    { item: 'vcard-rfc2426', raw: at('io/text/rfc2426-example.vcf'), ext: 'vcf',
      anonymize: [['Frank_Dawson@Lotus.com', 'Frank_Dawson@lotus.example'], ['fdawson@earthlink.net', 'fdawson@example.net'],
        ['home.earthlink.net', 'home.example.net'], ['howes@netscape.com', 'howes@netscape.example'], ['+1-919-676-9515', '+1-919-555-0115'],
        ['+1-919-676-9564', '+1-919-555-0164'], ['+1-415-937-3419', '+1-415-555-0119'], ['+1-415-528-4164', '+1-415-555-0165']] },
    { item: 'vcard-v4-label-param', raw: at('issue/issue114.vcf'), ext: 'vcf', anonymize: [['dummy.com', 'dummy.example']] },
  ];
}

/** ez-vcard's real exports (BSD-2-Clause); the same fictional person's numbers and addresses map to reserved values. */
function vCards(): Item[] {
  const commit = '2396882d93f2da1eaab405d637fedeff582b2b66';
  const at = (path: string) => ({ mirror: 'mangstadt+ez-vcard', commit, path: `src/test/resources/ezvcard/io/text/${path}` });
  const ibm: Array<[string, string]> = [['ibm.com', 'ibm.example'], ['ibm.cm', 'ibm.example'], ['johny5@aol.com', 'johny5@example.net'],
    ['905-555-1234', '202-555-0134'], ['905-666-1234', '202-555-0135'], ['905-777-1234', '202-555-0136'], ['905-888-1234', '202-555-0137'],
    ['905-999-1234', '202-555-0138'], ['905-111-1234', '202-555-0139'], ['905-222-1234', '202-555-0140'],
    ['(905) 555-1234', '(202) 555-0134'], ['(905) 666-1234', '(202) 555-0135']];
  return [
    { item: 'vcard-gmail-john-doe', raw: at('John_Doe_GMAIL.vcf'), ext: 'vcf', anonymize: ibm },
    { item: 'vcard-gmail-single', raw: at('gmail-single.vcf'), ext: 'vcf', anonymize: [['gdartmouth@hotmail.com', 'gdartmouth@example.com']] },
    { item: 'vcard-gmail-list', raw: at('gmail-list.vcf'), ext: 'vcf',
      anonymize: [['asmithk@gmail.com', 'asmithk@example.com'], ['chrisy55d@yahoo.com', 'chrisy55d@example.net'], ['dwhite@gmail.com', 'dwhite@example.org']] },
    { item: 'vcard-iphone', raw: at('John_Doe_IPHONE.vcf'), ext: 'vcf', anonymize: ibm },
    { item: 'vcard-mac-address-book', raw: at('John_Doe_MAC_ADDRESS_BOOK.vcf'), ext: 'vcf', anonymize: ibm },
    { item: 'vcard-ms-outlook', raw: at('John_Doe_MS_OUTLOOK.vcf'), ext: 'vcf', anonymize: ibm },
    { item: 'vcard-outlook-2007', raw: at('outlook-2007.vcf'), ext: 'vcf',
      anonymize: [['mike.angstadt@gmail.com', 'mike.angstadt@example.com'], ['im@aim.com', 'im@example.net'], ['mikeangstadt.name', 'mikeangstadt.example']] },
    { item: 'vcard-outlook-2003', raw: at('outlook-2003.vcf'), ext: 'vcf', anonymize: [['jdoe@hotmail.com', 'jdoe@example.com']] },
    { item: 'vcard-rfc6350-v4', raw: at('rfc6350-example.vcf'), ext: 'vcf',
      anonymize: [['viagenie.ca', 'viagenie.example'], ['+1-418-656-9254', '+1-418-555-0154'], ['+1-418-262-6501', '+1-418-555-0155'], ['nomis80.org', 'nomis80.example']] },
    { item: 'vcard-thunderbird-extension', raw: at('thunderbird-MoreFunctionsForAddressBook-extension.vcf'), ext: 'vcf',
      anonymize: [['doe.john@hotmail.com', 'doe.john@example.com'], ['@company.com', '@company.example']] },
  ];
}

function readSource(dir: string, raw: Item['raw']): string | undefined {
  if (typeof raw === 'string') {
    const source = join(dir, 'raw', raw);
    if (existsSync(source)) return readFileSync(source, 'utf8');
    console.error(`missing ${source}: save the excerpt named in PROVENANCE.md there first`);
    return undefined;
  }
  const gitDir = join('/work/.mirror', raw.mirror, 'repo');
  try {
    return execFileSync('git', ['--git-dir', gitDir, 'show', `${raw.commit}:${raw.path}`], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  } catch {
    console.error(`missing ${raw.mirror} ${raw.commit}:${raw.path}: fetch github:${raw.mirror.replace('+', '/')} first`);
    return undefined;
  }
}

function corpusDir(): string {
  return process.env.SEGUE_CORPUS ? join(process.env.SEGUE_CORPUS, 'crm') : '/work/corpus/crm';
}

function main(): void {
  const dir = corpusDir();
  let written = 0;
  for (const { item, raw, ext, anonymize = [], headerOnly } of ITEMS) {
    let text = readSource(dir, raw);
    if (text === undefined) continue;
    if (headerOnly) text = `${text.split(/\r?\n/)[0]}\n`;
    for (const [from, to] of anonymize) text = text.split(from).join(to);
    writeFileSync(join(dir, `${item}.${ext}`), text);
    written++;
  }
  console.log(`${written} of ${ITEMS.length} items written to ${dir}`);
}

main();
