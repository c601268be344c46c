// For every schema version after the first: fill the previous version with data, open the current code, and check
// nothing was lost or changed and every derived field was filled.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { identityKeys } from '../../../src/domain/merge';
import { isRoleAddress } from '../../../src/domain/role-addresses';
import { normalizeKey, normalizeProfileUrl, type Prospect } from '../../../src/domain/prospect';
import { generateProspects } from '../../support/db/generate';
import { CompaniesRepo } from '../../../src/db/companies-repo';
import { ALL_TABLES, CURRENT_VERSION, RETIRED_FIELDS, SCHEMA_HISTORY, openDatabase, searchTokensOf, toStored, type SegueDatabase } from '../../../src/db/database';
import { ProspectsRepo } from '../../../src/db/prospects-repo';
import { searchRowOf } from '../../../src/db/search/search-mirror';

let counter = 0;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** How each version's code wrote a prospect row (only the derived fields that version knew). */
function v1Row(p: Prospect) {
  return { ...p, identityKeys: identityKeys(p), nameKey: normalizeKey(p.fullName), companyKey: normalizeKey(p.company) };
}

/** How versions 2 to 10 wrote a prospect row: every derived field, the search tokens and profile keys too. */
function v10Row(p: Prospect & { segmentIds: string[] }) {
  return { ...toStored(p), searchTokens: searchTokensOf(p), profileKeys: [...new Set(Object.values(p.profiles).filter(Boolean).map(normalizeProfileUrl))] };
}

/** Data as the previous version stored it, per target version. */
const previousVersionData: Record<number, { tables: Record<string, unknown[]> }> = {
  2: {
    tables: {
      prospects: generateProspects(40, 7).map(v1Row),
      segments: [{ id: 'saas-founders', name: 'SaaS founders', priority: 5 }, { id: 'it-directors', name: 'IT directors', priority: 1 }],
      settings: [{ key: 'sender', value: { name: 'Robin Vale', title: 'AE', company: 'Segue Demo Co' } }, { key: 'lastBackupAt', value: 123 }],
    },
  },
  3: {
    tables: {
      // Version 2 wrote every derived field; rows with a role address are checked in their own test below.
      prospects: generateProspects(40, 11).filter((p) => !p.emails.some(isRoleAddress)).map((p) => toStored({ ...p, segmentIds: [] })),
      segments: [{ id: 'saas-founders', name: 'SaaS founders', priority: 5 }],
      settings: [{ key: 'lastBackupAt', value: 456 }],
    },
  },
  8: {
    tables: {
      prospects: generateProspects(20, 17).filter((p) => !p.emails.some(isRoleAddress)).map((p) => toStored({ ...p, notes: '', segmentIds: [] })),
      segments: [{ id: 'saas-founders', name: 'SaaS founders', priority: 5 }],
      settings: [{ key: 'lastBackupAt', value: 987 }],
    },
  },
  4: {
    tables: {
      // Prospects without notes pass through unchanged; those with notes are checked in their own test below.
      prospects: generateProspects(30, 13).filter((p) => !p.emails.some(isRoleAddress)).map((p) => toStored({ ...p, notes: '', segmentIds: [] })),
      segments: [{ id: 'saas-founders', name: 'SaaS founders', priority: 5 }],
      settings: [{ key: 'lastBackupAt', value: 789 }],
    },
  },
  5: {
    tables: {
      prospects: generateProspects(20, 17).filter((p) => !p.emails.some(isRoleAddress)).map((p) => toStored({ ...p, notes: '', segmentIds: [] })),
      segments: [{ id: 'saas-founders', name: 'SaaS founders', priority: 5 }],
      settings: [{ key: 'lastBackupAt', value: 790 }],
    },
  },
  7: {
    tables: {
      // Version 7 only adds the packs table: every row of the version before passes through unchanged.
      prospects: generateProspects(20, 17).filter((p) => !p.emails.some(isRoleAddress)).map((p) => toStored({ ...p, notes: '', segmentIds: [] })),
      segments: [{ id: 'saas-founders', name: 'SaaS founders', priority: 5 }],
      settings: [{ key: 'lastBackupAt', value: 901 }],
    },
  },
  9: {
    tables: {
      // Version 9 only adds the team tables: rows of the version before pass through unchanged.
      prospects: generateProspects(20, 17).filter((p) => !p.emails.some(isRoleAddress)).map((p) => toStored({ ...p, notes: '', segmentIds: [] })),
      segments: [{ id: 'it-directors', name: 'IT directors', priority: 1 }],
      settings: [{ key: 'lastBackupAt', value: 987 }],
    },
  },
  10: {
    tables: {
      // Version 10 adds prospectSearch, filled from the prospects (checked below); rows pass through unchanged.
      prospects: generateProspects(20, 18).filter((p) => !p.emails.some(isRoleAddress)).map((p) => toStored({ ...p, notes: '', segmentIds: [] })),
      settings: [{ key: 'lastBackupAt', value: 1010 }],
    },
  },
  11: {
    tables: {
      // Version 11 removes searchTokens from every row (checked below); every other field passes through unchanged.
      prospects: generateProspects(20, 19).filter((p) => !p.emails.some(isRoleAddress)).map((p) => v10Row({ ...p, notes: '', segmentIds: [] })),
      settings: [{ key: 'lastBackupAt', value: 1111 }],
    },
  },
};

/** Every schema version, ascending; numbers need not be contiguous (helpers add theirs in parallel). */
const VERSIONS = Object.keys(SCHEMA_HISTORY).map(Number).sort((a, b) => a - b);
const previousOf = (version: number) => VERSIONS[VERSIONS.indexOf(version) - 1]!;

async function createAtVersion(name: string, version: number, tables: Record<string, unknown[]>): Promise<void> {
  const old = new Dexie(name);
  for (const v of VERSIONS.filter((n) => n <= version)) old.version(v).stores(SCHEMA_HISTORY[v as keyof typeof SCHEMA_HISTORY]);
  await old.open();
  for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
  old.close();
}

describe('schema migrations', () => {
  it('has test data for every version after the first', () => {
    for (const v of VERSIONS.slice(1)) expect(previousVersionData[v], `version ${v}`).toBeDefined();
    expect(VERSIONS[VERSIONS.length - 1]).toBe(CURRENT_VERSION);
  });

  for (const version of VERSIONS.slice(1)) {
    it(`upgrades version ${previousOf(version)} data to version ${version} without loss`, async () => {
      const name = `migrate-${version}-${++counter}`;
      const { tables } = previousVersionData[version]!;
      await createAtVersion(name, previousOf(version), tables);

      const db: SegueDatabase = await openDatabase(name);
      opened.push(db);
      expect(db.verno).toBe(CURRENT_VERSION);

      // Nothing lost or changed: every old field keeps its value.
      for (const [table, rows] of Object.entries(tables)) {
        const now = await db.table(table).toArray();
        expect(now, table).toHaveLength(rows.length);
        for (const row of rows as Record<string, unknown>[]) {
          // Since version 11 search tokens live in prospectSearch only (checked below), profile keys in identityKeys.
          const { searchTokens: _tokens, profileKeys: _profiles, ...before } = row;
          const key = (before.id ?? before.key) as string;
          const after = await db.table(table).get(key);
          if (table === 'prospects') for (const field of RETIRED_FIELDS) expect(after, `${table} ${key}`).not.toHaveProperty(field);
          if (table === 'prospects' && typeof before.notes === 'string' && before.notes.trim()) {
            // Since version 4 the notes text lives on as the prospect's first note.
            expect(after, `${table} ${key}`).toMatchObject({ ...before, notes: '' });
            const notes = await db.activities.where('prospectId').equals(key).toArray();
            expect(notes.map((n) => [n.kind, n.data?.text]), `notes of ${key}`).toEqual([['note', before.notes.trim()]]);
          } else {
            expect(after, `${table} ${key}`).toMatchObject(before);
          }
        }
      }

      // Derived fields are filled and equal what toStored computes today.
      for (const row of await db.prospects.toArray()) {
        expect(row).toEqual(toStored(row));
        expect(row.segmentIds).toEqual([]);
        expect(row.emailKeys.length).toBe(row.emails.length);
        expect(row.identityKeys.filter((k) => k.startsWith('profile:'))).toEqual([expect.stringMatching(/^profile:linkedin\.com\/in\//)]);
        // Version 1 captures do not say whether their page held only this person: no page identifies them.
        expect(row.sourceUrlKeys).toEqual([]);
      }

      // The new indexes answer queries on the migrated rows.
      const sample = (tables.prospects as Prospect[])[3]!;
      const byProfile = await new ProspectsRepo(db).findByUrl(sample.profiles.linkedin!);
      expect(byProfile?.id).toBe(sample.id);
      const lastWord = normalizeKey(sample.fullName).split(' ').pop()!;
      const byToken = await new ProspectsRepo(db).search(lastWord, { limit: 500 });
      expect(byToken.map((p) => p.id)).toContain(sample.id);
      expect(await db.calls.count()).toBe(0);
      expect(await db.tasks.count()).toBe(0);
      const noted = (tables.prospects as Prospect[]).filter((p) => p.notes.trim()).length;
      expect(await db.activities.where('kind').equals('note').count()).toBe(noted);
      expect(await db.activities.count()).toBe(noted);
      // Every prospect has its search row (version 10), with the tokens and time of the row itself.
      const search = await db.prospectSearch.toArray();
      expect(search.map((r) => r.id).sort()).toEqual((await db.prospects.toCollection().primaryKeys()).sort());
      for (const row of await db.prospects.toArray()) {
        expect(await db.prospectSearch.get(row.id)).toEqual({ id: row.id, tokens: expect.arrayContaining(searchTokensOf(row)), updatedAt: row.updatedAt });
        expect(await db.prospectSearch.get(row.id)).toEqual(searchRowOf(row));
      }
    });
  }

  it('version 3 recomputes every derived key of version 2 rows with the rules of today (page identity, x.com profiles)', async () => {
    const name = `migrate-derived-${++counter}`;
    const [base] = generateProspects(1, 6);
    const person = { ...base!, id: 'derived-row', profiles: { x: 'https://twitter.com/kitmoss' }, segmentIds: [] };
    const stale = { ...toStored(person), identityKeys: ['profile:twitter.com/kitmoss'], profileKeys: ['twitter.com/kitmoss'], sourceUrlKeys: ['team.example.com/people'] };
    await createAtVersion(name, 2, { prospects: [stale] });
    const db = await openDatabase(name);
    opened.push(db);
    const row = (await db.prospects.get('derived-row'))!;
    expect(row).toEqual(toStored(row));
    expect(row.identityKeys).toEqual(toStored(person).identityKeys);
    expect(row.identityKeys).toContain('profile:x.com/kitmoss');
    expect(row.identityKeys).not.toContain('profile:twitter.com/kitmoss');
    expect(row.sourceUrlKeys).toEqual(toStored(person).sourceUrlKeys);
  });

  it('version 3 drops role addresses (sales@, info@) from the identity keys of version 2 rows', async () => {
    const name = `migrate-role-${++counter}`;
    const [base] = generateProspects(1, 5);
    const withRole = { ...base!, id: 'role-row', fullName: 'Kit Moss', company: 'Acme', emails: ['sales@acme.example', 'kit@acme.example'], profiles: {} };
    const v2Row = { ...toStored({ ...withRole, segmentIds: [] }), identityKeys: ['email:sales@acme.example', 'email:kit@acme.example', 'name:kit moss|acme'] };
    await createAtVersion(name, 2, { prospects: [v2Row] });
    const db = await openDatabase(name);
    opened.push(db);
    const row = (await db.prospects.get('role-row'))!;
    expect(row.identityKeys).toEqual(['email:kit@acme.example', 'name:kit moss|acme']);
    expect(row.emails).toEqual(['sales@acme.example', 'kit@acme.example']);
    expect(await db.prospects.where('identityKeys').equals('email:sales@acme.example').count()).toBe(0);
  });

  it('version 4 turns the single notes field of version 3 rows into their first note, found by search', async () => {
    const name = `migrate-notes-${++counter}`;
    const [a, b] = generateProspects(2, 8);
    const withNotes = toStored({ ...a!, id: 'noted', createdAt: 1_700_000_000_000, notes: 'Met at the Lisbon expo.\nWants a pilot in March.', segmentIds: ['s1'] });
    const without = toStored({ ...b!, id: 'plain', notes: '  ', segmentIds: [] });
    const call = { id: 'old-activity', prospectId: 'noted', at: 1_700_000_000_500, kind: 'stage_change', summary: 'Stage: new → contacted' };
    await createAtVersion(name, 3, { prospects: [withNotes, without], activities: [call] });
    const db = await openDatabase(name);
    opened.push(db);

    const row = (await db.prospects.get('noted'))!;
    expect(row.notes).toBe('');
    expect(row).toEqual(toStored(row));
    expect(row.segmentIds).toEqual(['s1']);
    const notes = (await db.activities.where('prospectId').equals('noted').toArray()).filter((e) => e.kind === 'note');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ prospectId: 'noted', at: 1_700_000_000_000, summary: 'Met at the Lisbon expo.', data: { text: 'Met at the Lisbon expo.\nWants a pilot in March.' } });
    expect(await db.activities.get('old-activity')).toMatchObject(call);
    const found = await new ProspectsRepo(db).search('lisbon');
    expect(found.map((p) => p.id)).toEqual(['noted']);
    expect((await db.prospects.get('plain'))!.noteTokens).toBeUndefined();
    expect(await db.activities.where('prospectId').equals('plain').count()).toBe(0);
  });

  it('version 11 takes searchTokens, profileKeys and their indexes off version 10 prospects; search, profile pages and stage counts still find them', async () => {
    const name = `migrate-tokens-${++counter}`;
    const [a, b] = generateProspects(2, 23);
    const noted = { ...v10Row({ ...a!, id: 'noted', fullName: 'Odile Brancusi', notes: '', segmentIds: [] }), noteTokens: ['lisbon', 'expo'] };
    // A stale token list (never derived from today's fields) must not survive anywhere.
    const stale = { ...v10Row({ ...b!, id: 'stale', fullName: 'Piet Verhoeven', notes: '', segmentIds: [] }), searchTokens: ['zzstale'] };
    await createAtVersion(name, previousOf(11), { prospects: [noted, stale] });
    const old = new Dexie(name);
    for (const v of VERSIONS.filter((n) => n < 11)) old.version(v).stores(SCHEMA_HISTORY[v as keyof typeof SCHEMA_HISTORY]);
    await old.open();
    await old.table('prospectSearch').put({ id: 'stale', tokens: ['zzstale'], updatedAt: stale.updatedAt });
    old.close();

    const db = await openDatabase(name);
    opened.push(db);
    const indexes = db.prospects.schema.indexes.map((i) => i.name);
    for (const gone of ['searchTokens', 'profileKeys', 'nextFollowUpAt', 'stage', 'seniority']) expect(indexes).not.toContain(gone);
    for (const row of await db.prospects.toArray()) {
      for (const field of RETIRED_FIELDS) expect(row).not.toHaveProperty(field);
      expect(row).toEqual(toStored(row));
      expect(await db.prospectSearch.get(row.id)).toEqual(searchRowOf(row));
    }
    const repo = new ProspectsRepo(db);
    // A profile page is recognised by the profile identity key alone; stage filters count on [stage+updatedAt].
    expect((await repo.findByUrl(a!.profiles.linkedin!))?.id).toBe('noted');
    expect((await repo.list({ stage: noted.stage })).total).toBe([noted, stale].filter((p) => p.stage === noted.stage).length);
    expect((await repo.search('lisbon brancu')).map((p) => p.id)).toEqual(['noted']);
    expect((await repo.search('verhoeven')).map((p) => p.id)).toEqual(['stale']);
    expect(await repo.search('zzstale')).toEqual([]);
  });

  it('version 8 adds the hand-offs table, empty and indexed by prospect and state', async () => {
    const name = `migrate-handoffs-${++counter}`;
    await createAtVersion(name, previousOf(8), { prospects: [] });
    const db = await openDatabase(name);
    opened.push(db);
    expect(await db.handoffs.count()).toBe(0);
    await db.handoffs.add({ id: 'h1', prospectId: 'p1', from: { name: 'Mia' }, owner: { name: 'Sam' }, note: '', talkingPointIds: [], state: 'offered', createdAt: 1, updatedAt: 1 });
    expect((await db.handoffs.where('prospectId').equals('p1').toArray()).map((h) => h.id)).toEqual(['h1']);
    expect(await db.handoffs.where('state').equals('offered').count()).toBe(1);
  });

  it('opens a fresh database at the current version', async () => {
    const db = await openDatabase(`fresh-${++counter}`);
    opened.push(db);
    expect(db.verno).toBe(CURRENT_VERSION);
    // The team tables are copies of the team database, and prospectSearch is derived from the prospects: neither is
    // Segue's own data, so they are not in ALL_TABLES (never in backups).
    expect(db.tables.map((t) => t.name).sort()).toEqual([...ALL_TABLES, 'prospectSearch', 'teamActivity', 'teamHandoffs', 'teamPacks'].sort());
  });

  it('version 5 adds an empty companies table to version 4 data, indexed by domain, name and profile keys', async () => {
    const name = `migrate-companies-${++counter}`;
    await createAtVersion(name, previousOf(5), previousVersionData[5]!.tables);
    const db = await openDatabase(name);
    opened.push(db);
    expect(await db.companies.count()).toBe(0);
    const saved = await new CompaniesRepo(db).save({
      fields: { name: 'Northwind Analytics, Inc.', website: 'https://www.northwind.example.com/', profiles: { linkedin: 'https://www.linkedin.com/company/northwind-analytics/' } },
      fieldSources: {}, source: { url: 'https://www.linkedin.com/company/northwind-analytics/', site: 'linkedin', capturedAt: 1 },
    });
    for (const key of ['domain:northwind.example.com', 'name:northwind analytics', 'profile:linkedin.com/company/northwind-analytics']) {
      expect((await db.companies.where('keys').equals(key).toArray()).map((c) => c.id), key).toEqual([saved.company.id]);
    }
  });
});
