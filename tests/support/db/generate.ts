// Deterministic fake prospects for tests and benchmarks. Every person and company here is invented; emails use the
// reserved .example domain and phone numbers the fictional 555-01xx range.
import type { Phone, Prospect, Seniority, Stage } from '../../../src/domain/prospect';
import { PROSPECT_CSV_HEADERS, prospectCsvRow, toCsvText } from '../../../src/db/export/csv-export';

const FIRST = ['Avery', 'Bram', 'Cleo', 'Dario', 'Elin', 'Farah', 'Gideon', 'Hana', 'Ivo', 'Juno', 'Kenji', 'Lucía',
  'Mateo', 'Nadia', 'Oskar', 'Priya', 'Quinn', 'Rosa', 'Soren', 'Talia', 'Umar', 'Vera', 'Wes', 'Ximena', 'Yusuf', 'Zoë',
  'Amara', 'Björn', 'Céline', 'Dmitri', 'Esme', 'Florin', 'Greta', 'Hiro', 'Ines', 'Jonas'];
const LAST = ['Ashgrove', 'Brightwater', 'Calloway', 'Dunmore', 'Ellery', 'Fairbanks', 'Galloway', 'Hartwell', 'Ivers',
  'Jessup', 'Kowalczyk', 'Lindqvist', 'Marchetti', 'Nakamura-Reyes', 'Okonkwo', 'Pellegrino', 'Quarles', 'Rosenthal',
  "O'Farrell", 'Sandoval', 'Thorne', 'Underhill', 'Vasquez-Lund', 'Whitcombe', 'Yarrow', 'Zielinski', 'Müller-Brandt'];
const COMPANY_A = ['Northwind', 'Bluefin', 'Copperleaf', 'Driftwood', 'Emberline', 'Foxglove', 'Granite', 'Harbor',
  'Ironbark', 'Juniper', 'Kestrel', 'Lumen', 'Meridian', 'Nimbus', 'Oakridge', 'Pinecrest', 'Quartz', 'Redwood'];
const COMPANY_B = ['Analytics', 'Robotics', 'Logistics', 'Health', 'Labs', 'Systems', 'Foods', 'Energy', 'Software',
  'Partners', 'Studio', 'Freight', 'Biotech', 'Capital'];
const COMPANY_SUFFIX = ['', ' Inc.', ' GmbH', ' Ltd', ' LLC', ' S.A.', ''];
const TITLES: [string, Seniority][] = [
  ['VP of Sales', 'vp'], ['Head of Marketing', 'head'], ['Chief Executive Officer', 'c_suite'], ['Founder & CEO', 'founder'],
  ['Director of Operations', 'director'], ['Senior Software Engineer', 'senior'], ['Account Executive', 'entry'],
  ['Marketing Manager', 'manager'], ['Chief Financial Officer', 'c_suite'], ['Head of Customer Success', 'head'],
  ['Sales Development Representative', 'entry'], ['Product Manager', 'manager'], ['IT Director', 'director'],
];
const INDUSTRIES = ['Software', 'Logistics', 'Healthcare', 'Manufacturing', 'Financial Services', 'Retail', 'Energy'];
const PLACES: [string, string, string][] = [
  ['Springfield', 'IL', 'United States'], ['Riverton', 'WY', 'United States'], ['Lyon', 'Auvergne-Rhône-Alpes', 'France'],
  ['Leipzig', 'Saxony', 'Germany'], ['Bristol', 'England', 'United Kingdom'], ['Porto', 'Porto', 'Portugal'],
  ['Toronto', 'ON', 'Canada'], ['Osaka', 'Osaka', 'Japan'],
];
const STAGE_CYCLE: Stage[] = ['new', 'new', 'new', 'contacted', 'contacted', 'qualified', 'handed_to_sales', 'won', 'lost'];
const SIZES = [8, 25, 51, 120, 201, 650, 1001, 5000];

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function slug(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** n distinct prospects, the same for the same seed. Identity keys (email, profile) are unique per index. */
export function generateProspects(n: number, seed = 1, options: { now?: number } = {}): Prospect[] {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const now = options.now ?? Date.UTC(2026, 0, 15);
  const out: Prospect[] = [];
  for (let i = 0; i < n; i++) {
    const firstName = pick(FIRST);
    const lastName = pick(LAST);
    const companyBase = `${pick(COMPANY_A)} ${pick(COMPANY_B)}`;
    const company = `${companyBase}${pick(COMPANY_SUFFIX)}`;
    const domain = `${slug(companyBase).replace(/-/g, '')}.example`;
    const [title, seniority] = pick(TITLES);
    const [city, region, country] = pick(PLACES);
    const tag = `${i.toString(36)}${Math.floor(rand() * 1296).toString(36)}`;
    const phones: Phone[] = [{ number: `+1415555${String(100 + (i % 100)).padStart(4, '0')}`, label: 'office' }];
    if (rand() < 0.4) phones.push({ number: `+1628555${String(100 + ((i * 7) % 100)).padStart(4, '0')}`, label: 'mobile' });
    const createdAt = now - Math.floor(rand() * 365) * 86_400_000;
    const source = { url: `https://www.linkedin.com/in/${slug(firstName)}-${slug(lastName)}-${tag}`, site: 'linkedin', capturedAt: createdAt };
    out.push({
      id: `gen-${seed}-${i}`,
      fullName: `${firstName} ${lastName}`, firstName, lastName, title, seniority, company, companyDomain: domain,
      industry: pick(INDUSTRIES), companySize: pick(SIZES), location: { city, region, country },
      emails: rand() < 0.9 ? [`${slug(firstName)}.${slug(lastName)}.${tag}@${domain}`] : [],
      phones, profiles: { linkedin: source.url }, tags: rand() < 0.2 ? ['conference-2026'] : [],
      notes: rand() < 0.1 ? 'Met at the spring trade fair; asked for pricing.' : '',
      website: `https://${domain}`,
      stage: STAGE_CYCLE[i % STAGE_CYCLE.length]!, source, sources: [source],
      fieldSources: { fullName: 'linkedin', title: 'linkedin', company: 'linkedin' },
      createdAt, updatedAt: createdAt + Math.floor(rand() * 86_400_000),
    });
  }
  return out;
}

/** The prospects as a HubSpot-style CSV (the same columns Segue exports), for import benchmarks. */
export function toCsv(prospects: readonly Prospect[]): string {
  return `${toCsvText([[...PROSPECT_CSV_HEADERS], ...prospects.map((p) => prospectCsvRow(p))])}\r\n`;
}
