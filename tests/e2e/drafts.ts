// Prospect drafts for seeding end-to-end tests through the real save message (fictional people).
import type { CaptureSource } from '../../src/domain/prospect';

export function amaraDraft() {
  return {
    fields: {
      fullName: 'Amara Okafor', firstName: 'Amara', lastName: 'Okafor', title: 'VP of Sales', company: 'Brightwave Analytics',
      companySize: 220, industry: 'Software', emails: ['amara.okafor@brightwave.example.com'],
      phones: [{ number: '+14155550132', label: 'mobile' }], profiles: { linkedin: 'https://www.linkedin.com/in/amara-okafor-demo' },
      location: { city: 'San Francisco', region: 'CA', country: 'US' }, tags: [], notes: '',
    },
    fieldSources: { fullName: 'json-ld', title: 'json-ld' },
    // As a capture of her speaker page leaves it: the page is about her alone, so its address identifies her.
    source: { url: 'https://events.example.com/speakers/amara-okafor', site: 'web', capturedAt: Date.now(), onlyPersonOnPage: true } as CaptureSource,
  };
}
