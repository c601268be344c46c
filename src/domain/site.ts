// Which site a URL belongs to, by host only (any page of the site). Pure: used by capture, selection and review.
// Site adapters' own detectors are narrower: they claim only the pages they can read (a profile, not the feed).

export type SiteKey = 'linkedin' | 'github' | 'x' | 'gmail' | 'outlook' | 'web';

const SITES: Array<[RegExp, SiteKey]> = [
  [/(^|\.)linkedin\.com$/, 'linkedin'],
  [/^(www\.)?github\.com$/, 'github'],
  [/^(www\.|mobile\.)?(x\.com|twitter\.com)$/, 'x'],
  [/^mail\.google\.com$/, 'gmail'],
  [/^outlook\.(live|office|office365)\.com$|^outlook\.cloud\.microsoft$/, 'outlook'],
];

export function detectSite(url: URL | string): SiteKey {
  let host: string;
  try {
    host = (typeof url === 'string' ? new URL(url) : url).hostname.toLowerCase();
  } catch {
    return 'web';
  }
  for (const [pattern, site] of SITES) if (pattern.test(host)) return site;
  return 'web';
}
