import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../../../src/cli/command';
import { CliError } from '../../../../src/cli/command';
import { extractCommand } from '../../../../src/cli/commands/extract';

const FIXTURES = join(import.meta.dirname, '../../../fixtures');

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readStdin: async () => '',
    readFile: (path) => readFile(path, 'utf8'),
  };
  return { io, out, err };
}

describe('extract command', () => {
  it('prints one JSON object in the CLI shape', async () => {
    const { io, out, err } = fakeIo();
    const code = await extractCommand.run([join(FIXTURES, 'github/user-full.html'), '--url', 'https://github.com/priyaro'], io);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    const printed = JSON.parse(out.join(''));
    expect(printed).toMatchObject({
      name: 'Priya Raman-Okafor', firstName: 'Priya', lastName: 'Raman-Okafor', title: null, company: 'northwind-analytics',
      location: 'Lisbon, Portugal', emails: ['priya@northwind.example.com'], phones: [], website: 'https://priya.example.com/',
      photo: 'https://avatars.githubusercontent.com/u/1234567?v=4', sources: { name: 'github' },
    });
    expect(Object.keys(printed)).toEqual(['name', 'firstName', 'lastName', 'title', 'company', 'location', 'emails', 'phones', 'website', 'profiles', 'photo', 'sources']);
  });

  it('exits 3 with {"error"} on stdout and stderr when the page holds no person', async () => {
    const { io, out, err } = fakeIo();
    const code = await extractCommand.run([join(FIXTURES, 'github/org-page.html'), '--url', 'https://github.com/northwind-analytics'], io);
    expect(code).toBe(3);
    expect(out).toEqual(err);
    expect(JSON.parse(out.join(''))).toEqual({ error: 'No person found on this page: this is an organization page (Northwind Analytics), not a person.' });
  });

  it('runs the web-mail adapters the in-page capture runs: a saved Gmail or Outlook message gives its sender', async () => {
    for (const [file, url, name] of [
      ['gmail/single-message.html', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmVXb', 'Jane Doe'],
      ['outlook/single-message.html', 'https://outlook.office.com/mail/inbox/id/AAQkAGI2', 'Olivia Grant'],
    ] as const) {
      const { io, out } = fakeIo();
      const code = await extractCommand.run([join(FIXTURES, file), '--url', url], io);
      expect(code, file).toBe(0);
      const printed = JSON.parse(out.join(''));
      expect(printed.name, file).toBe(name);
      expect(printed.emails.length, file).toBeGreaterThan(0);
    }
  });

  it('prints every person of a page with several under "people"', async () => {
    const { io, out } = fakeIo();
    const code = await extractCommand.run([join(FIXTURES, 'team-page/card-grid.html'), '--url', 'https://www.example.com/team'], io);
    expect(code).toBe(0);
    const printed = JSON.parse(out.join(''));
    expect(printed.people.length).toBe(4);
    expect(printed.people[0].name).toBe(printed.name);
  });

  it('without --url uses the file URL and warns', async () => {
    const { io, out, err } = fakeIo();
    const code = await extractCommand.run([join(FIXTURES, 'json-ld/personal-site-graph.html')], io);
    expect(code).toBe(0);
    expect(err.join('')).toMatch(/^warning: no --url given; using file:\/\/.*personal-site-graph\.html/);
    expect(JSON.parse(out.join('')).name).toBe('Helena Marchetti');
  });

  it('rejects a missing file, a missing path and a bad URL clearly', async () => {
    const { io } = fakeIo();
    await expect(extractCommand.run([], io)).rejects.toThrow(CliError);
    await expect(extractCommand.run(['nope.html', '--url', 'https://a.example.com/'], io)).rejects.toThrow('Page file not found: nope.html');
    await expect(extractCommand.run([join(FIXTURES, 'github/user-full.html'), '--url', 'github.com/x'], io)).rejects.toThrow(/not a valid absolute URL/);
  });

  it('never runs the page scripts', async () => {
    const g = globalThis as { __segueHostileRan?: string };
    delete g.__segueHostileRan;
    const { io, out } = fakeIo();
    await extractCommand.run([join(FIXTURES, 'hostile/script-in-name.html'), '--url', 'https://profiles.example.com/eve'], io);
    expect(g.__segueHostileRan).toBeUndefined();
    expect(JSON.parse(out.join('')).title).toBe(`<img src=x onerror="window.__segueHostileRan='title'">Head of Mischief`);
  });
});
