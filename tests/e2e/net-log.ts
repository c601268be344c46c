// Reads Chromium's NetLog (--log-net-log) after the browser closed, to check that Segue made no network request.
// Every URL request carries its initiator: a page's origin, the extension's chrome-extension:// origin, or
// "not an origin" for Chromium's own housekeeping (update checks and the like, which are not Segue's).
import { existsSync, readFileSync } from 'node:fs';

export interface NetRequest {
  url: string;
  initiator: string;
}

export function readNetLog(path: string): NetRequest[] {
  if (!existsSync(path)) return [];
  let text = readFileSync(path, 'utf8').trim();
  // A log cut short (a crashed browser) lacks its closing brackets.
  if (!text.endsWith('}')) text = `${text.replace(/,\s*$/, '')}]}`;
  const log = JSON.parse(text) as { constants: { logEventTypes: Record<string, number> }; events: Array<{ type: number; params?: Record<string, unknown> }> };
  const wanted = new Set([log.constants.logEventTypes.URL_REQUEST_START_JOB, log.constants.logEventTypes.CORS_REQUEST]);
  // CORS_REQUEST events name no initiator; the URL_REQUEST_START_JOB of the same URL does (when the request
  // reached the network stack at all: one answered by route() never does).
  const byUrl = new Map<string, string>();
  for (const event of log.events) {
    if (!wanted.has(event.type)) continue;
    const url = event.params?.url;
    if (typeof url !== 'string') continue;
    const initiator = typeof event.params?.initiator === 'string' ? (event.params.initiator as string) : '';
    if (!byUrl.has(url) || (initiator && !byUrl.get(url))) byUrl.set(url, initiator);
  }
  return [...byUrl].map(([url, initiator]) => ({ url, initiator }));
}

/**
 * The requests that break Segue's promise: any request the extension initiated to something other than itself,
 * and any request to a host that is neither a served fixture nor loopback unless Chromium itself made it.
 */
export function offendingRequests(requests: NetRequest[], extensionId: string, fixtureHosts: Set<string>, allowedOrigins: readonly string[] = []): NetRequest[] {
  const own = `chrome-extension://${extensionId}`;
  return requests.filter(({ url, initiator }) => {
    if (url.startsWith(own) || url.startsWith('data:') || url.startsWith('blob:')) return false;
    // A server the rep chose to reach (the team server they joined): the only place Segue may send anything.
    if (allowedOrigins.some((origin) => url.startsWith(`${origin}/`))) return false;
    let host = '';
    try { host = new URL(url).hostname; } catch { return true; }
    const local = host === '127.0.0.1' || host === 'localhost' || fixtureHosts.has(host);
    if (initiator.startsWith(own)) return true; // the extension reached out
    if (initiator === 'not an origin') return false; // Chromium's own housekeeping
    return !local;
  });
}
