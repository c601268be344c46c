import { describe, expect, it } from 'vitest';
import type { Department, Seniority } from '../../../../src/domain/prospect';
import { parseTitle } from '../../../../src/domain/titles/parse-title';

function expectRole(title: string, seniority: Seniority, department: Department): void {
  const parsed = parseTitle(title);
  expect({ title, seniority: parsed.seniority, department: parsed.department }).toEqual({ title, seniority, department });
}

describe('parseTitle: combined titles take the highest level', () => {
  it.each([
    ['Founder & CEO', 'founder', 'executive'],
    ['COO & SVP', 'c_suite', 'operations'],
    ['CTO / Co-founder', 'founder', 'engineering'],
    ['Co-Founder | CTO', 'founder', 'engineering'],
    ['Owner & CEO', 'owner', 'executive'],
    ['Managing Director & Partner', 'c_suite', 'executive'],
    ['Senior Vice President, Operations', 'vp', 'operations'],
    ['Senior Manager', 'manager', 'other'],
  ] as const)('%s', (title, seniority, department) => expectRole(title, seniority, department));
});

describe('parseTitle: abbreviations and variants', () => {
  it.each([
    ['CEO', 'c_suite', 'executive'], ['CTO', 'c_suite', 'engineering'], ['CRO', 'c_suite', 'sales'],
    ['CMO', 'c_suite', 'marketing'], ['CFO', 'c_suite', 'finance'], ['COO', 'c_suite', 'operations'],
    ['CPO', 'c_suite', 'product'], ['CHRO', 'c_suite', 'hr'], ['CISO', 'c_suite', 'it'],
    ['SVP Sales', 'vp', 'sales'], ['EVP, Marketing', 'vp', 'marketing'], ['AVP Finance', 'vp', 'finance'],
    ['Sr. Software Engineer', 'senior', 'engineering'], ['Dir. of Sales', 'director', 'sales'],
    ['Sales Mgr', 'manager', 'sales'], ['VP Eng', 'vp', 'engineering'], ['Head of Data', 'head', 'data'],
    ['Vice-President, Marketing', 'vp', 'marketing'], ['V.P. of Sales', 'vp', 'sales'],
  ] as const)('%s', (title, seniority, department) => expectRole(title, seniority, department));
});

describe('parseTitle: modifiers', () => {
  it('does not give the boss\'s level to people who serve them', () => {
    expectRole('Assistant to the CEO', 'entry', 'operations');
    expectRole('Executive Assistant to the CFO', 'entry', 'operations');
    expectRole('Assistentin der Geschäftsführung', 'entry', 'operations');
    expectRole('Chief of Staff to the CEO', 'director', 'executive');
  });

  it('keeps the level for deputy, acting, interim and associate (documented choice)', () => {
    expectRole('Deputy Head of Sales', 'head', 'sales');
    expectRole('Acting Director of Operations', 'director', 'operations');
    expectRole('Interim CFO', 'c_suite', 'finance');
    expectRole('Associate Director, Data Science', 'director', 'data');
    expectRole('Assistant Manager', 'manager', 'other');
  });

  it('reads Vice Chair as board level, never VP', () => {
    expectRole('Vice Chair', 'c_suite', 'executive');
    expectRole('Vice Chairman of the Board', 'c_suite', 'executive');
  });

  it('drops past roles unless a current one is named', () => {
    expect(parseTitle('Former CEO')).toEqual({ seniority: 'unknown', department: 'other', departments: ['other'], normalizedTitle: '' });
    expect(parseTitle('Ex-CEO at Oldco')).toEqual({ seniority: 'unknown', department: 'other', departments: ['other'], normalizedTitle: '' });
    expectRole('Retired CFO', 'unknown', 'other');
    const now = parseTitle('Former VP Sales, now Founder at NewCo');
    expect(now).toEqual({ seniority: 'founder', department: 'executive', departments: ['executive'], normalizedTitle: 'Founder', company: 'NewCo' });
    expectRole('Ex-CEO at Oldco | Now Head of Growth at Newco', 'head', 'marketing');
  });

  it('caps aspiring roles at entry', () => {
    expectRole('Aspiring Product Manager', 'entry', 'product');
    expectRole('Aspiring Data Scientist | Python | SQL', 'entry', 'data');
  });

  it('lets intern markers win below director', () => {
    expectRole('Software Engineer Intern', 'intern', 'engineering');
    expectRole('Marketing Manager Trainee', 'intern', 'marketing');
  });
});

describe('parseTitle: several roles in one title', () => {
  it('takes the function of the highest role when the parts are separate roles', () => {
    expectRole('Head of Product & VP Engineering', 'vp', 'engineering');
    expectRole('Marketing & Sales Director', 'director', 'marketing');
    expectRole('Sales & Marketing Coordinator', 'entry', 'sales');
  });

  it('does not read an "Office of the CTO" as a CTO', () => {
    expectRole('Program Manager, Office of the CTO', 'manager', 'operations');
    expectRole('Chief of Staff, Office of the CEO', 'director', 'executive');
  });
});

describe('parseTitle: word-aware matching', () => {
  it('does not find CTO inside Director or intern inside internal/international', () => {
    expectRole('Director', 'director', 'other');
    expectRole('Internal Auditor', 'entry', 'finance');
    expectRole('International Sales Manager', 'manager', 'sales');
    expectRole('Internal Communications Manager', 'manager', 'marketing');
  });

  it('keeps owner, partner and founder words inside other roles from firing', () => {
    expectRole('Product Owner', 'manager', 'product');
    expectRole('HR Business Partner', 'entry', 'hr');
    expectRole('Partner Manager', 'manager', 'business_development');
    expectRole('Founding Engineer', 'entry', 'engineering');
    expectRole('Lead Generation Specialist', 'entry', 'marketing');
  });

  it('is case- and accent-insensitive', () => {
    expectRole('GESCHAFTSFUHRER', 'c_suite', 'executive');
    expectRole('director of engineering', 'director', 'engineering');
    expectRole('Président-Directeur Général', 'c_suite', 'executive');
    expectRole('president directeur general', 'c_suite', 'executive');
  });
});

describe('parseTitle: other languages', () => {
  it.each([
    ['Geschäftsführer', 'c_suite', 'executive'], ['Geschäftsführerin', 'c_suite', 'executive'],
    ['Leiter Vertrieb', 'head', 'sales'], ['Leiterin Marketing', 'head', 'marketing'], ['Vertriebsleiter', 'head', 'sales'],
    ['Abteilungsleiter Einkauf', 'head', 'operations'], ['Bereichsleiter IT', 'director', 'it'], ['Vorstand', 'c_suite', 'executive'],
    ['Inhaber', 'owner', 'executive'], ['Gründer', 'founder', 'executive'], ['Teamleiter Kundenservice', 'manager', 'support'],
    ['Directeur commercial', 'director', 'sales'], ['Directrice marketing', 'director', 'marketing'],
    ['Responsable des ventes', 'manager', 'sales'], ['PDG', 'c_suite', 'executive'], ['Chef de projet', 'manager', 'operations'],
    ['Jefe de ventas', 'manager', 'sales'], ['Director comercial', 'director', 'sales'], ['Gerente comercial', 'manager', 'sales'],
    ['Diretor', 'director', 'other'], ['Diretora de marketing', 'director', 'marketing'], ['Gerente de vendas', 'manager', 'sales'],
    ['Sócio', 'partner', 'executive'], ['Hoofd verkoop', 'head', 'sales'], ['Directeur', 'director', 'other'],
    ['Eigenaar', 'owner', 'executive'], ['Oprichter', 'founder', 'executive'], ['Bedrijfsleider', 'manager', 'operations'],
    ['Accountmanager', 'manager', 'sales'], ['Werkstudent', 'intern', 'other'], ['Praktikant', 'intern', 'other'],
    ['Stagiaire', 'intern', 'other'], ['Becario', 'intern', 'other'], ['Estagiário', 'intern', 'other'],
    ['Vertriebsmitarbeiter (m/w/d)', 'entry', 'sales'], ['Personalreferentin', 'entry', 'hr'],
  ] as const)('%s', (title, seniority, department) => expectRole(title, seniority, department));
});

describe('parseTitle: company', () => {
  it.each([
    ['VP Sales at Acme Corp', 'Acme Corp'],
    ['Head of Marketing @ Beta GmbH', 'Beta GmbH'],
    ['Software Engineer @Gamma', 'Gamma'],
    ['Directeur commercial chez Dupont & Fils', 'Dupont & Fils'],
    ['Leiter Vertrieb bei Müller AG', 'Müller AG'],
    ['Director comercial en Telefonía Sur', 'Telefonía Sur'],
    ['Gerente de Vendas na Loja Azul', 'Loja Azul'],
    ['Accountmanager bij Van Dijk BV', 'Van Dijk BV'],
    ['Founder of Acme Labs', 'Acme Labs'],
    ['CEO at Quill | Speaker | Dad', 'Quill'],
    ['Senior Manager - Tax at Kestrel Audit', 'Kestrel Audit'],
    ['Sviluppatore Software presso Lumina', 'Lumina'],
  ])('%s → %s', (title, company) => {
    expect(parseTitle(title).company).toBe(company);
  });

  it('does not take a department after "en"/"na" for a company', () => {
    expect(parseTitle('Especialista en Marketing Digital')).not.toHaveProperty('company');
    expect(parseTitle('Ingeniero en Sistemas')).not.toHaveProperty('company');
    expect(parseTitle('Attorney at Law')).not.toHaveProperty('company');
  });

  it('omits the company key when there is none, and drops the company of a past role', () => {
    expect(Object.keys(parseTitle('Head of Sales'))).toEqual(['seniority', 'department', 'departments', 'normalizedTitle']);
    expect(parseTitle('Former CEO at Oldco')).not.toHaveProperty('company');
  });
});

describe('parseTitle: headline noise and the tidy title', () => {
  it('ignores headline fluff with no role', () => {
    expect(parseTitle('Helping SaaS teams grow | Speaker | Dad'))
      .toEqual({ seniority: 'unknown', department: 'other', departments: ['other'], normalizedTitle: '' });
  });

  it('strips emoji, hashtags, pronouns, bullets and gender markers', () => {
    expect(parseTitle('🚀 Head of Sales 🚀 | Hiring SDRs! #saas #b2b'))
      .toEqual({ seniority: 'head', department: 'sales', departments: ['sales'], normalizedTitle: 'Head of Sales' });
    expect(parseTitle('Account Executive (she/her) • Enterprise').normalizedTitle).toBe('Account Executive');
    expect(parseTitle('Key Account Manager (m/w/d)').normalizedTitle).toBe('Key Account Manager');
  });

  it('writes C-level and VP titles as acronyms and spells out abbreviations', () => {
    expect(parseTitle('Chief Executive Officer').normalizedTitle).toBe('CEO');
    expect(parseTitle('vice president sales').normalizedTitle).toBe('VP of Sales');
    expect(parseTitle('V.P. of Sales').normalizedTitle).toBe('VP of Sales');
    expect(parseTitle('Sr. Dir., Mktg').normalizedTitle).toBe('Senior Director, Marketing');
    expect(parseTitle('Head Marketing').normalizedTitle).toBe('Head of Marketing');
    expect(parseTitle('co-founder and cto').normalizedTitle).toBe('Co-Founder and CTO');
    expect(parseTitle('SENIOR ACCOUNT EXECUTIVE').normalizedTitle).toBe('Senior Account Executive');
  });

  it('keeps words in other languages as written', () => {
    expect(parseTitle('Leiterin Marketing bei Acme').normalizedTitle).toBe('Leiterin Marketing');
    expect(parseTitle('Président-directeur général').normalizedTitle).toBe('Président-directeur général');
  });
});

describe('parseTitle: bad input', () => {
  it.each(['', '   ', '🚀🚀', '|||', '#hashtag', '----'])('gives an empty reading for %j', (text) => {
    expect(parseTitle(text)).toEqual({ seniority: 'unknown', department: 'other', departments: ['other'], normalizedTitle: '' });
  });

  it('never throws on non-strings or huge input', () => {
    expect(parseTitle(undefined as unknown as string).seniority).toBe('unknown');
    expect(parseTitle(42 as unknown as string).seniority).toBe('unknown');
    expect(parseTitle(`${'Head of Sales '.repeat(5000)}`).seniority).toBe('head');
  });
});

describe('parseTitle: liaison roles (committee and partner pages)', () => {
  it.each([
    ['Proceedings Liaison', 'entry', 'other'],
    ['Industry Liaison Officer', 'entry', 'other'],
  ] as const)('%s', (title, seniority, department) => expectRole(title, seniority, department));
});
