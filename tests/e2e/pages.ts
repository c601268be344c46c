// Serves fixture pages at their real URLs through route(), and blocks (and records) every other request,
// so a test can assert that the extension made no network request.
import type { BrowserContext, Request } from 'playwright-core';
import { answerPage, serveDemoPages as serveEvery } from '../../src/tools/demo-server';

export interface NetworkGuard {
  /** Requests that were neither to the extension itself nor to a served fixture. */
  blocked: string[];
  served: string[];
}

export async function guardNetwork(context: BrowserContext): Promise<NetworkGuard> {
  const guard: NetworkGuard = { blocked: [], served: [] };
  // Registered first, so every more specific route added later takes precedence.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(chrome-extension|data|blob):/.test(url)) return route.continue();
    guard.blocked.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request: Request) => {
    const url = request.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return;
    guard.served.push(url);
  });
  return guard;
}

const fixtureHosts = new WeakMap<BrowserContext, Set<string>>();

/** Hosts this context serves fixture pages for (their requests are the local fixture server's, not the web's). */
export function servedHosts(context: BrowserContext): Set<string> {
  return fixtureHosts.get(context) ?? new Set();
}

export async function servePage(context: BrowserContext, url: string, html: string | { file: string }): Promise<void> {
  const hosts = fixtureHosts.get(context) ?? new Set<string>();
  hosts.add(new URL(url).hostname);
  fixtureHosts.set(context, hosts);
  await answerPage(context, url, html);
}

export async function serveDemoPages(context: BrowserContext): Promise<void> {
  await serveEvery(context, servePage);
}
