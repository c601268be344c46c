// Title patterns real titles showed the parser getting wrong, one block per pattern (issue 9, item 7).
import { describe, expect, it } from 'vitest';
import type { Department, Seniority } from '../../../../src/domain/prospect';
import { parseTitle } from '../../../../src/domain/titles/parse-title';

function expectRole(title: string, seniority: Seniority, department: Department): void {
  const parsed = parseTitle(title);
  expect({ title, seniority: parsed.seniority, department: parsed.department }).toEqual({ title, seniority, department });
}

describe('"&" and "/" written without spaces still join two roles', () => {
  it.each([
    ['CEO&Founder', 'founder', 'executive'],
    ['CTO&Co-Founder', 'founder', 'engineering'],
    ['Sales&Marketing Director', 'director', 'sales'],
    ['Founder/CEO', 'founder', 'executive'],
    ['Head of Sales/Partnerships', 'head', 'sales'],
  ] as const)('%s', (title, seniority, department) => expectRole(title, seniority, department));

  it('keeps abbreviations written with "&" as one word', () => {
    expectRole('Head of R&D', 'head', 'engineering');
    expectRole('FP&A Manager', 'manager', 'finance');
    expectRole('VP M&A', 'vp', 'finance');
    expect(parseTitle('CEO&Founder').normalizedTitle).toBe('CEO & Founder');
  });
});

describe('board and non-executive roles are board level, never entry', () => {
  it.each([
    ['Board Advisor', 'c_suite', 'consulting'],
    ['Advisory Board Member', 'c_suite', 'consulting'],
    ['Board Director', 'c_suite', 'executive'],
    ['Non-Executive Director', 'c_suite', 'executive'],
    ['Non-Exec Director', 'c_suite', 'executive'],
    ['NED', 'c_suite', 'executive'],
    ['Supervisory Board Member', 'c_suite', 'executive'],
    ['Beiratsmitglied', 'c_suite', 'executive'],
    ['Styrelseledamot', 'c_suite', 'executive'],
    ['Bestyrelsesmedlem', 'c_suite', 'executive'],
  ] as const)('%s', (title, seniority, department) => expectRole(title, seniority, department));
});

describe('committee and academic chairs are not the chair of a company', () => {
  it.each([
    ['Program Committee Chair', 'unknown'],
    ['Conference Chair', 'unknown'],
    ['Chair of the Organizing Committee', 'unknown'],
  ] as const)('%s', (title, seniority) => expect(parseTitle(title).seniority).toBe(seniority));
  it.each([
    ['Department Chair', 'head', 'education'],
    ['Professor and Chair, Department of Physics', 'head', 'education'],
    ['Endowed Chair in Economics', 'head', 'education'],
    ['Chair of the Department of Computer Science', 'head', 'education'],
  ] as const)('%s', (title, seniority, department) => expectRole(title, seniority, department));
  it('a company chair stays one', () => {
    expectRole('Chairman of the Board', 'c_suite', 'executive');
    expectRole('Chair', 'c_suite', 'executive');
  });
});

describe('a C-title that names a unit is not the person\'s own role', () => {
  it.each([
    ['Executive Assistant, CEO Office', 'entry', 'operations'],
    ['CFO Office Analyst', 'entry', 'finance'],
    ['CTO Office Architect', 'senior', 'engineering'],
    ['CEO Staff Engineer', 'senior', 'engineering'],
    ['Program Manager, CTO Organization', 'manager', 'operations'],
  ] as const)('%s', (title, seniority, department) => expectRole(title, seniority, department));
  it('the C-title itself still counts', () => expectRole('CEO', 'c_suite', 'executive'));
});

describe('"Chief … Counsel" is the top lawyer, a director like General Counsel', () => {
  it.each([
    ['Chief Counsel', 'director', 'legal'],
    ['Chief Legal Counsel', 'director', 'legal'],
    ['Deputy Chief Counsel', 'director', 'legal'],
    ['Chief Compliance Counsel', 'director', 'legal'],
    ['Chief Privacy Counsel, EMEA', 'director', 'legal'],
  ] as const)('%s', (title, seniority, department) => expectRole(title, seniority, department));
  it('Chief Legal Officer stays c-level', () => expectRole('Chief Legal Officer', 'c_suite', 'legal'));
});

describe('functional "Partner" titles of individual contributors are not partners', () => {
  it.each([
    ['HR Business Partner', 'entry', 'hr'],
    ['Senior HR Business Partner', 'senior', 'hr'],
    ['Partner Manager', 'manager', 'business_development'],
    ['Talent Acquisition Partner', 'entry', 'hr'],
    ['Learning Partner', 'entry', 'hr'],
    ['Finance Partner', 'entry', 'finance'],
    ['Customer Success Partner', 'entry', 'customer_success'],
  ] as const)('%s', (title, seniority, department) => expectRole(title, seniority, department));
  it('a partner of a firm stays one', () => expectRole('Partner', 'partner', 'executive'));
});

describe('"Independent" or "Freelance" before a job is not owner', () => {
  it.each([
    ['Independent Consultant', 'entry', 'consulting'],
    ['Freelance Designer', 'entry', 'design'],
    ['Freelance Senior Software Engineer', 'senior', 'engineering'],
    ['Independent Sales Representative', 'entry', 'sales'],
    ['Freelance Marketing Manager', 'manager', 'marketing'],
  ] as const)('%s', (title, seniority, department) => expectRole(title, seniority, department));
  it('alone, they are self-employed', () => {
    expectRole('Freelancer', 'owner', 'executive');
    expectRole('Self-employed', 'owner', 'executive');
    expectRole('Independent', 'owner', 'executive');
    expectRole('Independent Director', 'c_suite', 'executive');
  });
});

describe('common typos in level words', () => {
  it.each([
    ['Sales Manger', 'manager', 'sales'],
    ['Marketing Direcor', 'director', 'marketing'],
    ['Senoir Software Engineer', 'senior', 'engineering'],
    ['Cheif Executive Officer', 'c_suite', 'executive'],
    ['Vice Presdient of Sales', 'vp', 'sales'],
    ['Managing Direcor', 'c_suite', 'executive'],
    ['Asistant Manager', 'manager', 'other'],
    ['Principle Engineer', 'senior', 'engineering'],
    ['Account Excutive', 'entry', 'sales'],
  ] as const)('%s', (title, seniority, department) => expectRole(title, seniority, department));
  it('the tidy title spells the word right', () => {
    expect(parseTitle('Sales Manger').normalizedTitle).toBe('Sales Manager');
    expect(parseTitle('Senoir Software Engineer').normalizedTitle).toBe('Senior Software Engineer');
  });
});

describe('titles that name two functions give a ranked list of departments', () => {
  it.each([
    ['Head of Sales & Partnerships', ['sales', 'business_development']],
    ['VP Sales & Marketing', ['sales', 'marketing']],
    ['Marketing & Sales Director', ['marketing', 'sales']],
    ['Head of Product & VP Engineering', ['engineering', 'product']],
    ['Director of Finance and Operations', ['finance', 'operations']],
    ['CTO', ['engineering']],
    ['CEO', ['executive']],
    ['Consultant', ['consulting']],
    ['Helping teams grow', ['other']],
  ] as const)('%s', (title, departments) => {
    const parsed = parseTitle(title);
    expect(parsed.departments).toEqual(departments);
    expect(parsed.department).toBe(departments[0]);
  });
});

describe('function words in German, Dutch, Danish, Norwegian and Swedish', () => {
  it.each([
    ['Leiterin Unternehmenskommunikation', 'head', 'marketing'],
    ['Leiter Instandhaltung', 'head', 'operations'],
    ['Leiter Konstruktion', 'head', 'engineering'],
    ['Sachbearbeiterin Lohnbuchhaltung', 'entry', 'finance'],
    ['Leiterin Interne Revision', 'head', 'finance'],
    ['Leiter Materialwirtschaft', 'head', 'operations'],
    ['Hoofd Juridische Zaken', 'head', 'legal'],
    ['Hoofd Facilitaire Dienst', 'head', 'operations'],
    ['Bedrijfsjurist', 'entry', 'legal'],
    ['Medewerker Salarisadministratie', 'entry', 'finance'],
    ['Hoofd Onderhoud', 'head', 'operations'],
    ['Salgschef', 'head', 'sales'],
    ['Salgsdirektør', 'director', 'sales'],
    ['Økonomichef', 'head', 'finance'],
    ['Indkøbschef', 'head', 'operations'],
    ['Udvikler', 'entry', 'engineering'],
    ['Kundeservicemedarbejder', 'entry', 'support'],
    ['Försäljningschef', 'head', 'sales'],
    ['Säljare', 'entry', 'sales'],
    ['Ekonomichef', 'head', 'finance'],
    ['Utvecklare', 'entry', 'engineering'],
    ['Marknadschef', 'head', 'marketing'],
    ['Salgssjef', 'head', 'sales'],
    ['Økonomisjef', 'head', 'finance'],
    ['Utvikler', 'entry', 'engineering'],
    ['Daglig leder', 'c_suite', 'executive'],
    ['Administrerende direktør', 'c_suite', 'executive'],
    ['Verkställande direktör', 'c_suite', 'executive'],
    ['VD', 'c_suite', 'executive'],
    ['Prosjektleder', 'manager', 'operations'],
    ['Projektledare', 'manager', 'operations'],
    ['Rekryterare', 'entry', 'hr'],
    ['Konsulent', 'entry', 'consulting'],
  ] as const)('%s', (title, seniority, department) => expectRole(title, seniority, department));
});
