import { describe, expect, it } from 'vitest';
import { CliError, type Io } from '../../../../src/cli/command';
import { titleCommand } from '../../../../src/cli/commands/title';

function fakeIo(stdin = '') {
  const out: string[] = [];
  const io: Io = {
    stdout: (t) => out.push(t),
    stderr: () => undefined,
    readStdin: async () => stdin,
    readFile: async () => { throw new Error('not used'); },
  };
  return { io, text: () => out.join('') };
}

describe('title command', () => {
  it('prints the reading of one title as JSON, with the company when there is one', async () => {
    const { io, text } = fakeIo();
    expect(await titleCommand.run(['VP Sales at Acme Corp'], io)).toBe(0);
    expect(JSON.parse(text())).toEqual({
      title: 'VP Sales at Acme Corp', seniority: 'vp', department: 'sales', normalizedTitle: 'VP of Sales', company: 'Acme Corp',
    });
  });

  it('omits the company key when none is named, and joins unquoted words into one title', async () => {
    const { io, text } = fakeIo();
    await titleCommand.run(['Leiterin', 'Marketing'], io);
    expect(JSON.parse(text())).toEqual({
      title: 'Leiterin Marketing', seniority: 'head', department: 'marketing', normalizedTitle: 'Leiterin Marketing',
    });
  });

  it('reads --batch input line by line, in order, one compact JSON line each, blank lines included', async () => {
    const { io, text } = fakeIo('Founder & CEO\r\n\nGeschäftsführer bei Weber GmbH\nAssistant to the CEO\n');
    expect(await titleCommand.run(['--batch'], io)).toBe(0);
    const lines = text().split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.every((l) => !l.includes('\n') && !l.startsWith(' '))).toBe(true);
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { title: 'Founder & CEO', seniority: 'founder', department: 'executive', normalizedTitle: 'Founder & CEO' },
      { title: '', seniority: 'unknown', department: 'other', normalizedTitle: '' },
      { title: 'Geschäftsführer bei Weber GmbH', seniority: 'c_suite', department: 'executive', normalizedTitle: 'Geschäftsführer', company: 'Weber GmbH' },
      { title: 'Assistant to the CEO', seniority: 'entry', department: 'operations', normalizedTitle: 'Assistant to the CEO' },
    ]);
  });

  it('prints nothing for empty --batch input', async () => {
    const { io, text } = fakeIo('');
    expect(await titleCommand.run(['--batch'], io)).toBe(0);
    expect(text()).toBe('');
  });

  it('fails clearly without a title, with both a title and --batch, or with an unknown option', async () => {
    const { io } = fakeIo();
    await expect(titleCommand.run([], io)).rejects.toThrow(CliError);
    await expect(titleCommand.run([], io)).rejects.toThrow(/Give a title/);
    await expect(titleCommand.run(['CEO', '--batch'], io)).rejects.toThrow(/not both/);
    await expect(titleCommand.run(['CEO', '--verbose'], io)).rejects.toMatchObject({ exitCode: 2 });
  });
});
