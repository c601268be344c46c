// Rebuilds the out-of-tree CRM export corpus (/work/corpus/crm, or $SEGUE_CORPUS/crm) from the public excerpts saved
// under its raw/ folder (find_string/read_file output of the sources in PROVENANCE.md, header and rows as published).
// Private individuals' addresses and numbers are replaced with reserved example values, keeping the structure.
// The expected-field labels (<item>.expected.json) are ours and live beside the items; this script leaves them alone.
// Run: npx tsx tests/corpus/crm/collect.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Item {
  item: string;
  raw: string;
  ext: 'csv' | 'tab';
  /** [as published, as stored]: applied in order, every occurrence. */
  anonymize?: Array<[string, string]>;
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
];

function corpusDir(): string {
  return process.env.SEGUE_CORPUS ? join(process.env.SEGUE_CORPUS, 'crm') : '/work/corpus/crm';
}

function main(): void {
  const dir = corpusDir();
  let written = 0;
  for (const { item, raw, ext, anonymize = [] } of ITEMS) {
    const source = join(dir, 'raw', raw);
    if (!existsSync(source)) {
      console.error(`missing ${source}: save the excerpt named in PROVENANCE.md there first`);
      continue;
    }
    let text = readFileSync(source, 'utf8');
    for (const [from, to] of anonymize) text = text.split(from).join(to);
    writeFileSync(join(dir, `${item}.${ext}`), text);
    written++;
  }
  console.log(`${written} of ${ITEMS.length} items written to ${dir}`);
}

main();
