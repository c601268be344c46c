// Prospect drafts for seeding end-to-end tests through the real save message (fictional people).
export function amaraDraft() {
  return {
    fields: {
      fullName: 'Amara Okafor', firstName: 'Amara', lastName: 'Okafor', title: 'VP of Sales', company: 'Brightwave Analytics',
      companySize: 220, industry: 'Software', emails: ['amara.okafor@brightwave.example.com'],
      phones: [{ number: '+14155550132', label: 'mobile' }], profiles: { linkedin: 'https://www.linkedin.com/in/amara-okafor-demo' },
      location: { city: 'San Francisco', region: 'CA', country: 'US' }, tags: [], notes: '',
    },
    fieldSources: { fullName: 'json-ld', title: 'json-ld' },
    source: { url: 'https://events.example.com/speakers/amara-okafor', site: 'web', capturedAt: Date.now() },
  };
}
