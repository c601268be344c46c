// Which site a URL belongs to, by host only (any page of the site). Pure: used by capture, selection and review.
// Site adapters' own detectors are narrower: they claim only the pages they can read (a profile, not the feed).
// The hosts come from the one table of known sites (sites.ts).
import { knownSiteOfHost, type KnownSiteKey } from './sites';

export type SiteKey = KnownSiteKey | 'web';

export function detectSite(url: URL | string): SiteKey {
  let host: string;
  try {
    host = (typeof url === 'string' ? new URL(url) : url).hostname;
  } catch {
    return 'web';
  }
  return knownSiteOfHost(host)?.key ?? 'web';
}
