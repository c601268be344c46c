// The one list of the sites Segue knows by name. Everything that depends on a site's hosts reads it from here:
// detectSite, identity keys, the manifest's optional host permissions (vite.config.ts), the dashboard's site
// permissions, the in-page button, compose insert and the popup. A unit test checks that every user agrees.

export type KnownSiteKey = 'linkedin' | 'github' | 'x' | 'gmail' | 'outlook';

export interface KnownSite {
  key: KnownSiteKey;
  label: string;
  /** The host used in identity keys ("linkedin.com/in/ada"): one per site, so URL variants compare equal. */
  canonicalHost: string;
  /** Every host the site serves its pages from, exactly (lower case). */
  hosts: readonly string[];
  /** Hosts of the form <two letters>.<host> that are the same site in another language (de.linkedin.com). */
  countrySubdomainsOf?: string;
  /**
   * Origins Segue may ask for as optional host permissions: the in-page "Capture with Segue" button and, on mail
   * sites, inserting a message into the compose box. Empty: Segue reads the site only on a toolbar click.
   */
  permissionOrigins: readonly string[];
  /** Who a page of this site identifies: a profile (from its address) or the sender of the open message. */
  identity: 'profile' | 'message';
  /** Mail sites: Segue can insert a suggested message into their compose box. */
  compose: boolean;
}

const origins = (hosts: readonly string[]) => hosts.map((host) => `https://${host}/*`);

const OUTLOOK_HOSTS = ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'] as const;

export const KNOWN_SITES: readonly KnownSite[] = [
  {
    key: 'linkedin', label: 'LinkedIn', canonicalHost: 'linkedin.com',
    hosts: ['www.linkedin.com', 'linkedin.com', 'm.linkedin.com'], countrySubdomainsOf: 'linkedin.com',
    // Signed-in LinkedIn lives on www; country hosts serve public profiles to signed-out visitors.
    permissionOrigins: ['https://www.linkedin.com/*'], identity: 'profile', compose: false,
  },
  {
    key: 'github', label: 'GitHub', canonicalHost: 'github.com', hosts: ['github.com', 'www.github.com'],
    permissionOrigins: [], identity: 'profile', compose: false,
  },
  {
    key: 'x', label: 'X', canonicalHost: 'x.com',
    hosts: ['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com'],
    permissionOrigins: [], identity: 'profile', compose: false,
  },
  {
    key: 'gmail', label: 'Gmail', canonicalHost: 'mail.google.com', hosts: ['mail.google.com'],
    permissionOrigins: origins(['mail.google.com']), identity: 'message', compose: true,
  },
  {
    key: 'outlook', label: 'Outlook', canonicalHost: 'outlook.office.com', hosts: OUTLOOK_HOSTS,
    permissionOrigins: origins(OUTLOOK_HOSTS), identity: 'message', compose: true,
  },
];

const BY_HOST = new Map(KNOWN_SITES.flatMap((site) => site.hosts.map((host) => [host, site] as const)));
const BY_COUNTRY_PARENT = new Map(KNOWN_SITES.flatMap((site) => (site.countrySubdomainsOf ? [[site.countrySubdomainsOf, site] as const] : [])));

/** The known site a host belongs to, or undefined for any other host. Exact hosts only: no look-alikes. */
export function knownSiteOfHost(hostname: string): KnownSite | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const exact = BY_HOST.get(host);
  if (exact) return exact;
  const country = /^[a-z]{2}\.(.+)$/.exec(host);
  return country ? BY_COUNTRY_PARENT.get(country[1]!) : undefined;
}

export function knownSite(key: KnownSiteKey): KnownSite {
  return KNOWN_SITES.find((site) => site.key === key)!;
}

/** Every optional host permission Segue may ask for, in table order: manifest.json's optional_host_permissions. */
export function optionalHostPermissions(): string[] {
  return [...new Set(KNOWN_SITES.flatMap((site) => site.permissionOrigins))];
}

/** The sites with a "Capture with Segue" button and a switch in the dashboard: those Segue may ask access to. */
export function permissionSites(): KnownSite[] {
  return KNOWN_SITES.filter((site) => site.permissionOrigins.length > 0);
}

/** Whether a page address is on a mail site Segue can insert a message into. */
export function isComposeUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && Boolean(knownSiteOfHost(u.hostname)?.compose);
  } catch {
    return false;
  }
}
