// The starter playbooks Segue ships with: neutral, realistic segments whose talking points and templates read the
// rep's offer ({{offer.name}}, {{offer.problem}}, {{offer.proof}} …), so they fit any seller. Validated at load.
import b2bSoftware from './starter-segments.json';
import agencyRecruiting from './playbooks/agency-recruiting.json';
import professionalServices from './playbooks/professional-services.json';
import type { ProspectFields } from '../prospect';
import { validateSegments, type Segment } from './segment-schema';

export interface Playbook {
  id: string;
  name: string;
  description: string;
  /** A fictional prospect the playbook was written for, for previews. */
  sample: ProspectFields;
}

export const DEFAULT_PLAYBOOK = 'b2b-software';

const B2B_SAMPLE: ProspectFields = {
  fullName: 'Jordan Rivera', firstName: 'Jordan', lastName: 'Rivera', title: 'VP of Sales', seniority: 'vp', department: 'sales',
  company: 'Northwind Analytics', companyDomain: 'northwind-analytics.example', industry: 'Software', companySize: 240,
  location: { city: 'Austin', region: 'Texas', country: 'US' }, emails: ['jordan.rivera@northwind-analytics.example'],
  phones: [], profiles: {}, tags: [], notes: '',
};

const RAW: Record<string, { info: Playbook; segments: unknown }> = {
  [DEFAULT_PLAYBOOK]: {
    info: { id: DEFAULT_PLAYBOOK, name: 'B2B software', description: 'Software sold to sales, marketing, engineering, finance, HR, operations and IT leaders.', sample: B2B_SAMPLE },
    segments: b2bSoftware,
  },
  [professionalServices.id]: { info: professionalServices as unknown as Playbook, segments: professionalServices.segments },
  [agencyRecruiting.id]: { info: agencyRecruiting as unknown as Playbook, segments: agencyRecruiting.segments },
};

/** Every starter playbook, default first. */
export function playbooks(): Playbook[] {
  return Object.values(RAW).map(({ info }) => ({ id: info.id, name: info.name, description: info.description, sample: structuredClone(info.sample) }));
}

export function isPlaybook(id: string): boolean {
  return Object.hasOwn(RAW, id);
}

const cached = new Map<string, Segment[]>();

/**
 * A playbook's segments (the default playbook when none or an unknown one is named), validated and typed. Throws if
 * the bundled file is invalid (a build defect, not user input).
 */
export function starterSegments(playbookId: string = DEFAULT_PLAYBOOK): Segment[] {
  const id = isPlaybook(playbookId) ? playbookId : DEFAULT_PLAYBOOK;
  let segments = cached.get(id);
  if (!segments) {
    const result = validateSegments(RAW[id]!.segments);
    if (!result.ok) {
      const detail = result.issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`).join('; ');
      throw new Error(`The bundled starter playbook "${id}" is invalid: ${detail}`);
    }
    segments = result.segments;
    cached.set(id, segments);
  }
  // A deep copy, so a caller editing its segments never changes the next caller's.
  return structuredClone(segments);
}
