// Test support: answers the dashboard's messages with the real background handlers against fake-indexeddb, the
// way the service worker would (requests and responses go through JSON, like extension messaging).
import { ALL_TABLES, toStored, type ProspectRecord } from '../../../src/db/database';
import { database } from '../../../src/db/default-database';
import { dashboardHandlers } from '../../../src/background/dashboard-handlers';
import { notesHandlers } from '../../../src/background/notes-handlers';
import { companyHandlers } from '../../../src/background/company-handlers';
import { onboardingHandlers } from '../../../src/background/onboarding-handlers';
import { STAGES, type Prospect, type Seniority, type Stage } from '../../../src/domain/prospect';
import type { MessageName, RequestOf, ResponseOf } from '../../../src/messaging/protocol';

const handlers = { ...dashboardHandlers(), ...notesHandlers(), ...companyHandlers(), ...onboardingHandlers() } as Record<string, (request: unknown, sender: unknown) => unknown>;

export async function dispatch<K extends MessageName>(name: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  const handler = handlers[name];
  if (!handler) throw new Error(`No dashboard handler for ${name}`);
  const response = await handler(JSON.parse(JSON.stringify(request)) as unknown, { id: 'segue-test-extension' });
  return (response === undefined ? undefined : JSON.parse(JSON.stringify(response))) as ResponseOf<K>;
}

export async function clearDatabase(): Promise<void> {
  const db = database();
  await db.transaction('rw', ALL_TABLES.map((n) => db.table(n)), async () => {
    for (const name of ALL_TABLES) await db.table(name).clear();
  });
}

const FIRST = ['Avery', 'Blake', 'Casey', 'Devon', 'Emery', 'Finley', 'Harper', 'Jordan', 'Kendall', 'Logan', 'Morgan', 'Quinn'];
const LAST = ['Abbott', 'Brennan', 'Castillo', 'Dalton', 'Ellison', 'Fairbanks', 'Galloway', 'Hartley', 'Iverson', 'Jennings'];
const COMPANIES = ['Acme Robotics', 'Brightwave Labs', 'Cobalt Freight', 'Dunmore Analytics', 'Evergreen Health'];

/** A fictional prospect, numbered so tests can tell them apart. */
export function fakeProspect(i: number, overrides: Partial<ProspectRecord> = {}): ProspectRecord {
  const first = FIRST[i % FIRST.length]!;
  const last = `${LAST[Math.floor(i / FIRST.length) % LAST.length]!}${i >= FIRST.length * LAST.length ? i : ''}`;
  const company = COMPANIES[i % COMPANIES.length]!;
  const base: Prospect = {
    id: `p-${String(i).padStart(5, '0')}`,
    fullName: `${first} ${last}`,
    firstName: first,
    lastName: last,
    title: i % 3 === 0 ? 'VP of Sales' : i % 3 === 1 ? 'Account Executive' : 'Marketing Manager',
    seniority: (i % 3 === 0 ? 'vp' : i % 3 === 1 ? 'senior' : 'manager') as Seniority,
    company,
    emails: [`${first.toLowerCase()}.${last.toLowerCase()}@${company.split(' ')[0]!.toLowerCase()}.example`],
    phones: [],
    profiles: {},
    tags: [],
    notes: '',
    stage: STAGES[i % 2] as Stage,
    source: { url: `https://example.com/team/${i}`, site: 'web', capturedAt: 1_700_000_000_000 },
    sources: [{ url: `https://example.com/team/${i}`, site: 'web', capturedAt: 1_700_000_000_000 }],
    fieldSources: {},
    createdAt: 1_700_000_000_000 + i,
    updatedAt: 1_700_000_000_000 + i * 1000,
  };
  return { ...base, segmentIds: [], ...overrides };
}

export async function seedProspects(count: number, overrides: (i: number) => Partial<ProspectRecord> = () => ({})): Promise<ProspectRecord[]> {
  const records = Array.from({ length: count }, (_, i) => fakeProspect(i, overrides(i)));
  await database().prospects.bulkAdd(records.map(toStored));
  return records;
}
