// Profile addresses as reps type them: "linkedin.com/in/ada" means https://linkedin.com/in/ada.
import { knownSiteOfHost } from './sites';

/**
 * Completes an address typed without its scheme to https:// when its host is a profile site Segue knows (LinkedIn,
 * GitHub, X … from sites.ts). Anything else comes back trimmed and unchanged, for the caller's own checks.
 */
export function completeProfileUrl(text: string): string {
  const trimmed = text.trim();
  if (!trimmed || /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) || /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(trimmed)) return trimmed;
  const address = trimmed.replace(/^\/\//, '');
  const host = /^([^/?#\s:]+)/.exec(address)?.[1];
  return host && knownSiteOfHost(host)?.identity === 'profile' ? `https://${address}` : trimmed;
}
