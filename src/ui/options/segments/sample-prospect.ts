// A fictional prospect for template previews when the rep has not picked a real one.
import type { ProspectFields } from '../../../domain/prospect';

export const SAMPLE_PROSPECT: ProspectFields = {
  fullName: 'Jordan Rivera',
  firstName: 'Jordan',
  lastName: 'Rivera',
  title: 'VP of Sales',
  headline: 'VP of Sales at Northwind Analytics · building a team of 40 reps',
  seniority: 'vp',
  department: 'sales',
  company: 'Northwind Analytics',
  companyDomain: 'northwind-analytics.example',
  industry: 'Software',
  companySize: 240,
  location: { city: 'Austin', region: 'Texas', country: 'US' },
  emails: ['jordan.rivera@northwind-analytics.example'],
  phones: [],
  profiles: {},
  tags: [],
  notes: '',
};
