// Where a page says which organization it is about, as data. Structured data is read first (JSON-LD, microdata,
// h-card); these lists are the fallbacks for company pages that have none.

/** schema.org types that are an organization (Organization and its common subtypes). */
export const ORGANIZATION_TYPES = [
  'Organization', 'Corporation', 'LocalBusiness', 'OnlineBusiness', 'OnlineStore', 'NGO', 'EducationalOrganization',
  'GovernmentOrganization', 'MedicalOrganization', 'NewsMediaOrganization', 'ProfessionalService', 'ResearchOrganization',
  'Store', 'Airline', 'Consortium', 'Cooperative', 'FinancialService', 'LegalService', 'SoftwareCompany',
];

/** Page types whose mainEntity / about is the page's subject. */
export const PAGE_TYPES = ['WebPage', 'AboutPage', 'ProfilePage', 'ContactPage', 'CollectionPage', 'ItemPage'];

/** Page types that are about a piece of writing: the publisher organization is not what the page is about. */
export const ARTICLE_TYPES = ['Article', 'BlogPosting', 'NewsArticle', 'Report', 'TechArticle', 'Review', 'Recipe', 'Event'];

/**
 * Paths of a company's own pages about itself: home, about, team, company, leadership … (optionally under a
 * language prefix such as /en/ or /de-de/). Only there do the page's site name and title name the company.
 */
export const COMPANY_PAGE_PATH = /^\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/)?(?:(?:about(?:-us)?|company|team|our-team|the-team|people|leadership|management|who-we-are|our-story|ueber-uns|uber-uns|unternehmen|team-und-kontakt|equipe|qui-sommes-nous|a-propos|chi-siamo|quienes-somos|over-ons|om-oss)(?:\/(?:team|people|leadership|management))?)?\/?(?:index\.html?)?$/i;

/** Meta tags naming the site (the company on its own pages), most specific first. */
export const SITE_NAME_META = ['og:site_name', 'application-name', 'apple-mobile-web-app-title'];
export const DESCRIPTION_META = ['og:description', 'description'];

/** Words of a page title that name the page, not the company ("Our team | Northwind Analytics"). */
export const GENERIC_TITLE_PART = /^(?:home|homepage|welcome|about|about us|our team|the team|team|meet the team|people|our people|leadership|management|company|our company|our story|who we are|contact|contact us|careers|über uns|ueber uns|unternehmen|qui sommes-nous|à propos|equipe|équipe)$/i;

/** Where a company's own social links live: the page's header, footer, nav and social-link lists. */
export const SOCIAL_LINK_CONTAINERS = [
  'header', 'footer', 'nav', '[class*="social" i]', '[id*="social" i]', '[aria-label*="social" i]', '[class*="follow" i]',
];

/** Profile URL shapes of an organization per network (a LinkedIn /in/ page is a person, never the company). */
export const COMPANY_PROFILE_PATTERNS: Array<[network: string, pattern: RegExp]> = [
  ['linkedin', /^https?:\/\/(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/(?:company|school|showcase)\/[^/?#]+/i],
  ['x', /^https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com\/(?!intent\/|share|home|search|hashtag\/|i\/)[A-Za-z0-9_]{1,15}\/?(?:[?#].*)?$/i],
  ['github', /^https?:\/\/(?:www\.)?github\.com\/(?!features|about|pricing|sponsors|orgs|topics|marketplace)[A-Za-z0-9-]{1,39}\/?(?:[?#].*)?$/i],
  ['facebook', /^https?:\/\/(?:www\.|m\.)?facebook\.com\/(?!sharer|share|dialog)[^/?#]+\/?(?:[?#].*)?$/i],
  ['youtube', /^https?:\/\/(?:www\.)?youtube\.com\/(?:@|c\/|channel\/|user\/)[^/?#]+/i],
  ['instagram', /^https?:\/\/(?:www\.)?instagram\.com\/[A-Za-z0-9_.]{1,30}\/?(?:[?#].*)?$/i],
  ['crunchbase', /^https?:\/\/(?:www\.)?crunchbase\.com\/organization\/[^/?#]+/i],
];

/** Labels of a definition list on an About section ("Industry", "Company size", "Headquarters", "Website"). */
export const ABOUT_LABELS = {
  industry: /^(?:industry|industries|branche|secteur|sector|settore|industria)$/i,
  size: /^(?:company size|size|employees|number of employees|unternehmensgröße|mitarbeiter|taille de l.entreprise|effectif|tamaño de la empresa)$/i,
  headquarters: /^(?:headquarters|head office|hq|location|hauptsitz|siège social|sede)$/i,
  website: /^(?:website|web site|site web|webseite|sito web|sitio web)$/i,
};

/**
 * When a site adapter knows the page is an organization's (a LinkedIn company page, a GitHub organization) but its
 * selectors miss the name, the page still names it: its title or og:title without the site's part
 * ("Tailspin Logistics: Overview | LinkedIn", "(3) Tailspin · GitHub"), else its first heading.
 */
export const ORG_TITLE_SITE_PART = /\s*(?:[|·•–—-]\s*(?:LinkedIn|GitHub|X|Twitter)\s*)$/i;
export const ORG_TITLE_TAB_PART = /\s*:\s*(?:overview|about|about us|jobs|people|life|posts|home|repositories)\s*$/i;
export const ORG_HEADING_SELECTORS = ['main h1', '[role="main"] h1', 'h1'];
