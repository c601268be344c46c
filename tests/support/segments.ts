// Builders shared by the segment and message tests: fictional prospects and a compact segment factory.
import { emptyFields, type ProspectFields } from '../../src/domain/prospect';
import type { MessageTemplate, RuleGroup, Segment } from '../../src/domain/segments/segment-schema';

export function prospect(fields: Partial<ProspectFields>): ProspectFields {
  return { ...emptyFields(), ...fields };
}

export function segment(id: string, rules: RuleGroup, extra: Partial<Segment> = {}): Segment {
  return {
    id,
    name: extra.name ?? id,
    description: '',
    priority: 0,
    threshold: 50,
    rules,
    talkingPoints: [],
    templates: [] as MessageTemplate[],
    ...extra,
  };
}

/** A VP of Sales at a 200-person SaaS company in Austin. */
export const vpSales = prospect({
  fullName: 'Dana Whitfield',
  firstName: 'Dana',
  lastName: 'Whitfield',
  title: 'VP of Sales',
  headline: 'VP of Sales at Brightloop | Building a B2B SaaS sales team',
  seniority: 'vp',
  department: 'sales',
  company: 'Brightloop',
  companyDomain: 'brightloop.io',
  industry: 'Computer Software',
  companySize: 200,
  location: { city: 'Austin', region: 'TX', country: 'United States' },
  emails: ['dana.whitfield@brightloop.io'],
  profiles: { linkedin: 'https://www.linkedin.com/in/dana-whitfield-example' },
});

/** A co-founder of an eight-person startup, with a Gmail address. */
export const founder = prospect({
  fullName: 'Priya Raman',
  firstName: 'Priya',
  title: 'Co-Founder & CEO',
  seniority: 'founder',
  department: 'executive',
  company: 'Tallyfox',
  industry: 'Software Development',
  companySize: 8,
  location: { raw: 'London, England, United Kingdom' },
  emails: ['priya.tallyfox@gmail.com'],
  tags: ['YC'],
});

/** An engineering manager with a GitHub profile. */
export const engineeringManager = prospect({
  fullName: 'Tomás Okafor',
  firstName: 'Tomás',
  title: 'Engineering Manager, Platform',
  seniority: 'manager',
  department: 'engineering',
  company: 'Quillstack',
  industry: 'Internet',
  companySize: 450,
  location: { city: 'Dublin', country: 'Ireland' },
  emails: ['tomas@quillstack.dev'],
  profiles: { github: 'https://github.com/tomas-okafor-example' },
});

/** A German managing director; seniority and department not yet filled. */
export const geschaeftsfuehrer = prospect({
  fullName: 'Jürgen Baßler',
  firstName: 'Jürgen',
  title: 'Geschäftsführer',
  company: 'Nordlicht Software GmbH',
  industry: 'Softwareentwicklung',
  companySize: 35,
  location: { raw: 'München, Bayern, Deutschland' },
  emails: ['j.bassler@nordlicht-software.de'],
});
