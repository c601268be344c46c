// URL hygiene: resolve against the page, keep http(s) only, never javascript: or data:.
import { LIMITS } from './limits';
import { cleanText } from './text';

/** Starts with a host name whose last label is a top-level domain (letters only), then a path or nothing. */
const SCHEMELESS_HOST = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:[a-z]{2,6})(?:[/?#]|$)/i;
const FILE_LIKE = /\.(?:html?|php|aspx?|jsp|png|jpe?g|gif|svg|webp|pdf|css|js|json|xml|txt|md|zip|vcf|ics)(?:[?#]|$)/i;

/** An absolute http(s) URL or undefined: relative links resolved against the page, other schemes dropped. */
export function safeHttpUrl(raw: unknown, base?: URL | string): string | undefined {
  let text = cleanText(raw, LIMITS.urlChars + 100).replace(/\s/g, '');
  if (!text) return undefined;
  // "twitch.tv/someone", "www.example.com": a host written without its scheme, not a path under the page.
  if (SCHEMELESS_HOST.test(text) && !FILE_LIKE.test(text.split('/')[0]!)) text = `https://${text}`;
  let url: URL;
  try {
    url = base ? new URL(text, base) : new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!url.hostname) return undefined;
  const href = url.href;
  return href.length > LIMITS.urlChars ? undefined : href;
}

/** An email address from text or a mailto: link, lower-cased, or undefined when it is not one. */
export function cleanEmail(raw: unknown): string | undefined {
  let text = cleanText(raw, LIMITS.emailChars + 300);
  if (!text) return undefined;
  text = text.replace(/^mailto:/i, '');
  text = text.split('?')[0] ?? '';
  try {
    text = decodeURIComponent(text);
  } catch {
    /* keep the raw text */
  }
  text = text.trim().toLowerCase();
  if (text.length > LIMITS.emailChars) return undefined;
  return /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i.test(text) ? text : undefined;
}

/** A phone number as written in text or a tel: link, or undefined when it has too few digits to be one. */
export function cleanPhoneText(raw: unknown): string | undefined {
  let text = cleanText(raw, LIMITS.phoneChars + 20).replace(/^tel:/i, '');
  try {
    text = decodeURIComponent(text);
  } catch {
    /* keep */
  }
  text = text.trim();
  const digits = text.replace(/\D/g, '');
  if (digits.length < 5 || digits.length > 20 || text.length > LIMITS.phoneChars) return undefined;
  if (!/^[+()\d\s.\-/]+(?:\s*(?:ext\.?|x|#)\s*\d+)?$/i.test(text)) return undefined;
  return text;
}

/** The host without www., or undefined. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

const SOCIAL_HOSTS: Array<[RegExp, string]> = [
  [/(^|\.)linkedin\.com$/, 'linkedin'],
  [/(^|\.)github\.com$/, 'github'],
  [/(^|\.)(twitter\.com|x\.com)$/, 'x'],
  [/(^|\.)facebook\.com$|(^|\.)fb\.com$/, 'facebook'],
  [/(^|\.)instagram\.com$/, 'instagram'],
  [/(^|\.)youtube\.com$/, 'youtube'],
  [/(^|\.)tiktok\.com$/, 'tiktok'],
  [/(^|\.)bsky\.app$/, 'bluesky'],
  [/(^|\.)threads\.net$/, 'threads'],
  [/(^|\.)medium\.com$/, 'medium'],
  [/(^|\.)gitlab\.com$/, 'gitlab'],
  [/(^|\.)stackoverflow\.com$/, 'stackoverflow'],
  [/(^|\.)dribbble\.com$/, 'dribbble'],
  [/(^|\.)behance\.net$/, 'behance'],
  [/(^|\.)xing\.com$/, 'xing'],
  [/(^|\.)crunchbase\.com$/, 'crunchbase'],
  [/(^|\.)angel\.co$|(^|\.)wellfound\.com$/, 'wellfound'],
];

// LinkedIn company pages, GitHub repos and tweets are links, not a person's profile.
const NOT_A_PERSON_PROFILE: Record<string, RegExp> = {
  linkedin: /^\/(in|pub)\/[^/]+/i,
  github: /^\/[A-Za-z0-9-]+\/?$/,
  x: /^\/[A-Za-z0-9_]{1,15}\/?$/,
};

/**
 * The social network a profile URL belongs to (linkedin, github, x, facebook, mastodon…), or undefined for an
 * ordinary website. Mastodon is recognised by its /@user path on any host.
 */
export function profileNetwork(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase();
  for (const [pattern, network] of SOCIAL_HOSTS) {
    if (!pattern.test(host)) continue;
    const shape = NOT_A_PERSON_PROFILE[network];
    if (shape && !shape.test(parsed.pathname)) return undefined;
    return network;
  }
  if (/^\/@[A-Za-z0-9_]{1,30}\/?$/.test(parsed.pathname)) return 'mastodon';
  return undefined;
}

/** Adds a profile URL under its network unless that network already has one. Returns whether it was a profile. */
export function addProfile(profiles: Record<string, string>, rawUrl: unknown, base?: URL): boolean {
  const url = safeHttpUrl(rawUrl, base);
  if (!url) return false;
  const network = profileNetwork(url);
  if (!network) return false;
  if (!profiles[network]) profiles[network] = url;
  return true;
}

/** The registrable-looking domain of a company website (northwind.example.com → northwind.example.com, www dropped). */
export function companyDomainOf(url: string | undefined): string | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  if (profileNetwork(`https://${host}/in/x`) || /(^|\.)(linkedin|github|twitter|x|facebook)\.com$/.test(host)) return undefined;
  return host;
}
