// A company's own team / about / leadership page. The URL is only a hint: extract.ts decides from the content
// (several repeated cards with a name and a title). Pages of LinkedIn, GitHub and X are never team pages here.

const KNOWN_SITES = /(^|\.)(linkedin\.com|github\.com|x\.com|twitter\.com|google\.com|outlook\.com|live\.com|office\.com|office365\.com|facebook\.com|instagram\.com)$/i;
const TEAM_SEGMENT = /^(team|our-team|the-team|meet-the-team|meet-our-team|about|about-us|who-we-are|leadership|leadership-team|management|management-team|people|our-people|staff|founders|board|board-of-directors|executives|equipe|equipo|ueber-uns|uber-uns|over-ons|chi-siamo|quienes-somos|junta-directiva|consejo-directivo|directorio|vorstand|bestuur|styrelse|hallitus|conseil-d-administration|gouvernance|governance|mitarbeiter|medewerkers|personale|speakers|organizers|organisers|committee|faculty)$/i;

export function detect(url: URL): boolean {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (KNOWN_SITES.test(url.hostname)) return false;
  const segments = url.pathname.toLowerCase().split('/').filter(Boolean).map((s) => s.replace(/\.(html?|php|aspx?)$/, ''));
  return segments.some((segment) => TEAM_SEGMENT.test(segment));
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
  ],
  negative: [
    'https://northwind.example.com/',
    'https://northwind.example.com/blog/why-we-built-it',
    'https://northwind.example.com/pricing',
    'https://www.linkedin.com/company/northwind-analytics/people/',
    'https://github.com/orgs/northwind-analytics/people',
    'https://northwind.example.com/teamwork-tips',
    'mailto:team@northwind.example.com',
  ],
};
