// A company's own team / about / leadership page. The URL is only a hint: extract.ts decides from the content
// (several repeated cards with a name and a title). Pages of LinkedIn, GitHub and X are never team pages here.

const KNOWN_SITES = /(^|\.)(linkedin\.com|github\.com|x\.com|twitter\.com|google\.com|outlook\.com|live\.com|office\.com|office365\.com|facebook\.com|instagram\.com)$/i;
/** Words that make a short path segment a team page's ("our-team", "notre-equipe", "unser-team", "team-members"). */
const TEAM_WORDS = new Set([
  'team', 'people', 'staff', 'leadership', 'management', 'founders', 'board', 'executives', 'members', 'speakers',
  'organizers', 'organisers', 'committee', 'faculty', 'governance', 'equipe', 'equipo', 'equipa', 'vorstand',
  'mitarbeiter', 'bestuur', 'medewerkers', 'styrelse', 'hallitus', 'personale', 'gouvernance', 'directorio',
]);
/** Whole segments that name a team or about page in a phrase of their own. */
const TEAM_PHRASES = /^(about|about-us|who-we-are|ueber-uns|uber-uns|over-ons|chi-siamo|quienes-somos|qui-sommes-nous|junta-directiva|consejo-directivo|conseil-d-administration|board-of-directors)$/;
/** Longer segments are titles of posts ("how-our-sales-team-works"), not team pages. */
const MAX_SEGMENT_WORDS = 3;

export function detect(url: URL): boolean {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (KNOWN_SITES.test(url.hostname)) return false;
  const segments = url.pathname.toLowerCase().split('/').filter(Boolean).map((s) => s.replace(/\.(html?|php|aspx?)$/, ''));
  return segments.some((segment) => {
    if (TEAM_PHRASES.test(segment)) return true;
    const words = segment.split(/[-_]/).filter(Boolean);
    return words.length <= MAX_SEGMENT_WORDS && words.some((word) => TEAM_WORDS.has(word));
  });
}

export const exampleUrls = {
  positive: [
    'https://northwind.example.com/team',
    'https://northwind.example.com/about-us/',
    'https://www.contoso-health.example.org/company/team',
    'https://fabrikam.example.net/en/leadership',
    'https://tailspin.example.com/people.html',
    'https://lumen.example.io/about/our-team/',
    'https://asociacion.example.org/junta-directiva.html',
    'https://verein.example.de/vorstand/',
    'https://pharmacie.example.fr/notre-equipe.html',
    'https://club.example.org/members.html',
  ],
  negative: [
    'https://northwind.example.com/',
    'https://northwind.example.com/blog/why-we-built-it',
    'https://northwind.example.com/pricing',
    'https://www.linkedin.com/company/northwind-analytics/people/',
    'https://github.com/orgs/northwind-analytics/people',
    'https://northwind.example.com/teamwork-tips',
    'https://northwind.example.com/blog/how-our-sales-team-works',
    'mailto:team@northwind.example.com',
  ],
};
