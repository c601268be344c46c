import { describe, expect, it } from 'vitest';
import { CliError, type Io } from '../../../../src/cli/command';
import { matchCommand } from '../../../../src/cli/commands/match';
import { suggestCommand } from '../../../../src/cli/commands/suggest';

function fakeIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readStdin: async () => '',
    readFile: async (path) => {
      if (!(path in files)) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return files[path]!;
    },
  };
  return { io, json: () => JSON.parse(out.join('')), err };
}

const vp = JSON.stringify({ fullName: 'Dana Whitfield', firstName: 'Dana', title: 'VP of Sales', company: 'Brightloop', industry: 'Computer Software', companySize: 200, emails: ['dana@brightloop.io'] });
const customSegments = JSON.stringify([
  {
    id: 'vp-anything', name: 'VPs', description: '', priority: 0, threshold: 50,
    rules: { op: 'and', rules: [{ type: 'seniority_in', values: ['vp'], weight: 10 }] },
    talkingPoints: [],
    templates: [
      { id: 'a', channel: 'linkedin_connect', name: 'A', variant: 'direct', body: 'Hi {{firstName|there}}, {{sender.name}} here.' },
      { id: 'b', channel: 'linkedin_connect', name: 'B', variant: 'soft', body: 'Hi {{firstName|there}}, let us connect{{#sender.company}} ({{sender.company}}){{/sender.company}}.' },
      { id: 'c', channel: 'email', name: 'C', subject: 'Hello {{company}}', body: 'Hi {{firstName}},\n\nBye.' },
    ],
  },
]);

describe('match command', () => {
  it('prints every starter segment sorted by score, filling seniority and department from the title', async () => {
    const { io, json } = fakeIo({ 'p.json': vp });
    expect(await matchCommand.run(['p.json'], io)).toBe(0);
    const result = json() as { segmentId: string; score: number; matched: boolean; reasons: { summary: string; value?: string }[] }[];
    expect(result[0]).toMatchObject({ segmentId: 'sales-leaders-saas', matched: true });
    expect(result[0]!.reasons[0]!.summary).toBe('VP of Sales → department in (sales, business_development) +25');
    expect(result.length).toBeGreaterThanOrEqual(6);
    for (let i = 1; i < result.length; i++) {
      if (result[i - 1]!.matched === result[i]!.matched) expect(result[i - 1]!.score).toBeGreaterThanOrEqual(result[i]!.score);
    }
  });

  it('uses a segments file when given', async () => {
    const { io, json } = fakeIo({ 'p.json': vp, 's.json': customSegments });
    await matchCommand.run(['p.json', '--segments', 's.json'], io);
    expect(json()).toEqual([expect.objectContaining({ segmentId: 'vp-anything', name: 'VPs', score: 100, matched: true })]);
  });

  it('fails clearly on a missing file, invalid JSON, an invalid prospect or invalid segments', async () => {
    const cases: [string[], Record<string, string>, RegExp][] = [
      [[], {}, /Give a prospect JSON file/],
      [['nope.json'], {}, /Prospect file not found: nope\.json/],
      [['p.json'], { 'p.json': '{"fullName": ' }, /Prospect file p\.json is not valid JSON/],
      [['p.json'], { 'p.json': '{"emails": "a@b.c"}' }, /Invalid prospect in p\.json: Prospect field "emails" must be a list of text/],
      [['p.json', '--segments', 's.json'], { 'p.json': vp, 's.json': '[{"id": "x"}]' }, /Invalid segments in s\.json: \[0\]\.name: Missing required field "name"/],
      [['p.json', '--segments', 's.json'], { 'p.json': vp, 's.json': customSegments.replace('"weight":10', '"weight":-1') }, /\[0\]\.rules\.rules\[0\]\.weight: Weight must be 0 or more/],
      [['p.json', '--segments'], { 'p.json': vp }, /--segments needs a file path/],
    ];
    for (const [args, files, message] of cases) {
      const { io } = fakeIo(files);
      const error = await matchCommand.run(args, io).then(() => undefined, (e: unknown) => e);
      expect(error, args.join(' ')).toBeInstanceOf(CliError);
      expect((error as Error).message).toMatch(message);
    }
  });
});

describe('suggest command', () => {
  it('prints rendered suggestions, with the sender file used and no raw placeholders', async () => {
    const { io, json } = fakeIo({ 'p.json': vp, 's.json': customSegments, 'me.json': '{"name": "Sam Rivera", "company": "Segue"}' });
    expect(await suggestCommand.run(['p.json', '--segments', 's.json', '--sender', 'me.json'], io)).toBe(0);
    expect(json()).toEqual([
      // All complete, so channel order decides: email before LinkedIn; then the segment's own order.
      { segmentId: 'vp-anything', templateId: 'c', channel: 'email', variant: 'c', subject: 'Hello Brightloop', body: 'Hi Dana,\n\nBye.', missingFields: [], fallbacksUsed: [], length: 14, limit: null },
      { segmentId: 'vp-anything', templateId: 'a', channel: 'linkedin_connect', variant: 'direct', body: 'Hi Dana, Sam Rivera here.', missingFields: [], fallbacksUsed: [], length: 25, limit: 300 },
      { segmentId: 'vp-anything', templateId: 'b', channel: 'linkedin_connect', variant: 'soft', body: 'Hi Dana, let us connect (Segue).', missingFields: [], fallbacksUsed: [], length: 32, limit: 300 },
    ]);
  });

  it('falls back gracefully without a sender and filters by channel', async () => {
    const { io, json } = fakeIo({ 'p.json': JSON.stringify({ fullName: 'Kim', title: 'VP Marketing' }), 's.json': customSegments });
    await suggestCommand.run(['p.json', '--segments', 's.json', '--channel', 'linkedin_connect'], io);
    const list = json() as { templateId: string; body: string; missingFields: string[]; fallbacksUsed: string[] }[];
    expect(list.map((s) => [s.templateId, s.body])).toEqual([
      ['b', 'Hi there, let us connect.'],
      ['a', 'Hi there, here.'],
    ]);
    expect(list[1]!.missingFields).toEqual(['sender.name']);
  });

  it('suggests from the starter set by default', async () => {
    const { io, json } = fakeIo({ 'p.json': vp });
    await suggestCommand.run(['p.json', '--channel', 'email'], io);
    const list = json() as { segmentId: string; channel: string; subject?: string }[];
    expect(list[0]!.segmentId).toBe('sales-leaders-saas');
    expect(list.every((s) => s.channel === 'email' && typeof s.subject === 'string')).toBe(true);
  });

  it('reads the rep\'s offer from the sender file', async () => {
    const me = JSON.stringify({ name: 'Sam', offer: { name: 'Ledgerly', problem: 'slow month-end close', proofs: ['Acme closes in 3 days'] } });
    const { io, json } = fakeIo({ 'p.json': vp, 'me.json': me });
    await suggestCommand.run(['p.json', '--channel', 'email', '--sender', 'me.json'], io);
    const list = json() as { body: string }[];
    expect(list[0]!.body).toContain('Ledgerly helps sales leaders with slow month-end close. One example: Acme closes in 3 days.');
    const bad = fakeIo({ 'p.json': vp, 'me.json': JSON.stringify({ offer: { name: 'X', proofs: 'one' } }) });
    await expect(suggestCommand.run(['p.json', '--sender', 'me.json'], bad.io)).rejects.toThrow(/"offer\.proofs" in me\.json must be a list of text/);
  });

  it('rejects an unknown channel or a bad sender file', async () => {
    const { io } = fakeIo({ 'p.json': vp, 'me.json': '{"nmae": "Sam"}' });
    await expect(suggestCommand.run(['p.json', '--channel', 'fax'], io)).rejects.toThrow(/Unknown channel "fax"; use one of email, linkedin_connect/);
    await expect(suggestCommand.run(['p.json', '--sender', 'me.json'], io)).rejects.toThrow(/Unknown sender field "nmae"/);
  });
});
