import { describe, expect, it } from 'vitest';
import { displayFirstName, parseName, type ParsedName } from '../../../../src/domain/names/parse-name';

const cases: Array<[string, ParsedName]> = [
  ['Jane Doe', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' }],
  ['  Jane   Doe  ', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' }],
  ['Dr. Jane Doe', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', prefix: 'Dr.' }],
  ['Dr.Jane Doe', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', prefix: 'Dr.' }],
  ['Prof. Dr. med. Hans Müller', { fullName: 'Hans Müller', firstName: 'Hans', lastName: 'Müller', prefix: 'Prof. Dr. med.' }],
  ['Dipl.-Ing. Klaus Weber', { fullName: 'Klaus Weber', firstName: 'Klaus', lastName: 'Weber', prefix: 'Dipl.-Ing.' }],
  ['Frau Anna Schmidt', { fullName: 'Anna Schmidt', firstName: 'Anna', lastName: 'Schmidt', prefix: 'Frau' }],
  ['Mme Claire Lefèvre', { fullName: 'Claire Lefèvre', firstName: 'Claire', lastName: 'Lefèvre', prefix: 'Mme' }],
  ['Mx. Alex Kim', { fullName: 'Alex Kim', firstName: 'Alex', lastName: 'Kim', prefix: 'Mx.' }],
  ['Sr. Juan Pérez', { fullName: 'Juan Pérez', firstName: 'Juan', lastName: 'Pérez', prefix: 'Sr.' }],
  ['Juan Pérez Sr.', { fullName: 'Juan Pérez', firstName: 'Juan', lastName: 'Pérez', suffix: 'Sr.' }],
  ['Mag. Eva Gruber, MBA', { fullName: 'Eva Gruber', firstName: 'Eva', lastName: 'Gruber', prefix: 'Mag.', suffix: 'MBA' }],
  ['Sir Elton Hercules John', { fullName: 'Elton Hercules John', firstName: 'Elton', middleName: 'Hercules', lastName: 'John', prefix: 'Sir' }],
  ['Dr. Smith', { fullName: 'Smith', lastName: 'Smith', prefix: 'Dr.' }],
  ['Jane Doe, PhD, MBA', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', suffix: 'PhD, MBA' }],
  ['Jane Doe, Ph.D.', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', suffix: 'Ph.D.' }],
  ['Jane Doe, MD, FACP', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', suffix: 'MD, FACP' }],
  ['Jane Doe PhD', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', suffix: 'PhD' }],
  ['John Smith Jr.', { fullName: 'John Smith', firstName: 'John', lastName: 'Smith', suffix: 'Jr.' }],
  ['John Smith III', { fullName: 'John Smith', firstName: 'John', lastName: 'Smith', suffix: 'III' }],
  ['Martin Luther King, Jr.', { fullName: 'Martin Luther King', firstName: 'Martin', middleName: 'Luther', lastName: 'King', suffix: 'Jr.' }],
  ['Atticus Finch, Esq.', { fullName: 'Atticus Finch', firstName: 'Atticus', lastName: 'Finch', suffix: 'Esq.' }],
  ['Jane Doe, CPA, CFA', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', suffix: 'CPA, CFA' }],
  ['Jane Doe (CPA)', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', suffix: 'CPA' }],
  ['Ludwig van Beethoven', { fullName: 'Ludwig van Beethoven', firstName: 'Ludwig', lastName: 'van Beethoven' }],
  ['Jan van der Berg', { fullName: 'Jan van der Berg', firstName: 'Jan', lastName: 'van der Berg' }],
  ['Pieter van den Broek', { fullName: 'Pieter van den Broek', firstName: 'Pieter', lastName: 'van den Broek' }],
  ['Maria de la Cruz', { fullName: 'Maria de la Cruz', firstName: 'Maria', lastName: 'de la Cruz' }],
  ['Lucia della Rovere', { fullName: 'Lucia della Rovere', firstName: 'Lucia', lastName: 'della Rovere' }],
  ['Ana Dos Santos', { fullName: 'Ana Dos Santos', firstName: 'Ana', lastName: 'Dos Santos' }],
  ['Otto von der Heide', { fullName: 'Otto von der Heide', firstName: 'Otto', lastName: 'von der Heide' }],
  ['Karl zu Guttenberg', { fullName: 'Karl zu Guttenberg', firstName: 'Karl', lastName: 'zu Guttenberg' }],
  ['Bram ter Horst', { fullName: 'Bram ter Horst', firstName: 'Bram', lastName: 'ter Horst' }],
  ['Mohammed bin Salman', { fullName: 'Mohammed bin Salman', firstName: 'Mohammed', lastName: 'bin Salman' }],
  ['Ahmed al-Rashid', { fullName: 'Ahmed al-Rashid', firstName: 'Ahmed', lastName: 'al-Rashid' }],
  ['Vincent Van Gogh', { fullName: 'Vincent Van Gogh', firstName: 'Vincent', lastName: 'Van Gogh' }],
  ['Jean-Pierre DE LA FONTAINE', { fullName: 'Jean-Pierre DE LA FONTAINE', firstName: 'Jean-Pierre', lastName: 'DE LA FONTAINE' }],
  ['José Ortega y Gasset', { fullName: 'José Ortega y Gasset', firstName: 'José', lastName: 'Ortega y Gasset' }],
  ['Ronald McDonald', { fullName: 'Ronald McDonald', firstName: 'Ronald', lastName: 'McDonald' }],
  ['Fiona Mac Lean', { fullName: 'Fiona Mac Lean', firstName: 'Fiona', middleName: 'Mac', lastName: 'Lean' }],
  ['Doe, Jane', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' }],
  ['DOE, Jane Marie', { fullName: 'Jane Marie DOE', firstName: 'Jane', middleName: 'Marie', lastName: 'DOE' }],
  ['van der Berg, Jan', { fullName: 'Jan van der Berg', firstName: 'Jan', lastName: 'van der Berg' }],
  ['García Márquez, Gabriel', { fullName: 'Gabriel García Márquez', firstName: 'Gabriel', lastName: 'García Márquez' }],
  ['Doe, Jane, PhD', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', suffix: 'PhD' }],
  ['Smith, AJ', { fullName: 'AJ Smith', firstName: 'AJ', lastName: 'Smith' }],
  ['DUPONT Jean', { fullName: 'Jean DUPONT', firstName: 'Jean', lastName: 'DUPONT' }],
  ['Cher', { fullName: 'Cher', firstName: 'Cher' }],
  ['danah boyd', { fullName: 'danah boyd', firstName: 'danah', lastName: 'boyd' }],
  ["Conan O'Brien", { fullName: "Conan O'Brien", firstName: 'Conan', lastName: "O'Brien" }],
  ['Jane M. Doe', { fullName: 'Jane M. Doe', firstName: 'Jane', middleName: 'M.', lastName: 'Doe' }],
  ['Jane Doe 🚀 | Hiring!', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' }],
  ['Jane Doe (she/her)', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' }],
  ['Alex Kim (they/them) • Building things', { fullName: 'Alex Kim', firstName: 'Alex', lastName: 'Kim' }],
  ['Jane Doe ✔️', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' }],
  ['Jane Doe 🇩🇪', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' }],
  ['Jane Doe #OpenToWork', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' }],
  ['Jane Doe - Acme Corp', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' }],
  ['Jane Doe, Head of Sales at Acme', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' }],
  ['Robert "Bob" Smith', { fullName: 'Robert Smith', firstName: 'Robert', lastName: 'Smith', nickname: 'Bob' }],
  ["Robert 'Bob' Smith", { fullName: 'Robert Smith', firstName: 'Robert', lastName: 'Smith', nickname: 'Bob' }],
  ['Jane “JJ” Doe', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', nickname: 'JJ' }],
  ['Katherine (Kate) Doe', { fullName: 'Katherine Doe', firstName: 'Katherine', lastName: 'Doe', nickname: 'Kate' }],
];

describe('parseName', () => {
  it.each(cases)('parses %j', (input, expected) => {
    expect(parseName(input)).toEqual(expected);
  });

  it('returns an empty name for blank, emoji-only or non-string input instead of throwing', () => {
    expect(parseName('')).toEqual({ fullName: '' });
    expect(parseName('   ')).toEqual({ fullName: '' });
    expect(parseName('🚀 ✨')).toEqual({ fullName: '' });
    expect(parseName(undefined as unknown as string)).toEqual({ fullName: '' });
  });

  it('keeps a lone prefix-looking word as the name when nothing else is there', () => {
    expect(parseName('Sir')).toEqual({ fullName: 'Sir', firstName: 'Sir' });
  });

  it('never re-cases what the person wrote', () => {
    const parsed = parseName('bell hooks');
    expect(parsed.firstName).toBe('bell');
    expect(parsed.lastName).toBe('hooks');
  });
});

describe('displayFirstName', () => {
  it('prefers the nickname, then the first name', () => {
    expect(displayFirstName('Robert "Bob" Smith')).toBe('Bob');
    expect(displayFirstName('Dr. Jane Doe, PhD')).toBe('Jane');
  });

  it('skips a leading initial when a middle name is there', () => {
    expect(displayFirstName('J. Robert Smith')).toBe('Robert');
    expect(displayFirstName('J. R. Smith')).toBe('J.');
  });

  it('gives undefined when only a surname is known', () => {
    expect(displayFirstName('Dr. Smith')).toBeUndefined();
    expect(displayFirstName(parseName(''))).toBeUndefined();
  });
});
