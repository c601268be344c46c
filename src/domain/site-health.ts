// Adapter health: each capture records, per site adapter, which of its named selectors matched and which missed, so
// a markup change shows the day it happens (Settings → Site health). Only the site, the adapter, the selector names
// and the selectors themselves are kept: never the page address or anything read from the page.
import type { ExtractionResult } from './extraction';

export interface HealthEntry {
  at: number;
  /** The capture's site key (linkedin, github, x, gmail, outlook, web). */
  site: string;
  /** The adapter that reported ("linkedin", "team-page" …). */
  layer: string;
  /** Whether the capture found a person. */
  found: boolean;
  /** Selector name → the selector that matched, or null when none of its list did. */
  selectors: Record<string, string | null>;
}

export const HEALTH_LOG_CAP = 300;

/** The entries one capture adds: one per adapter that reported named selectors. */
export function healthEntries(result: ExtractionResult, site: string, at: number): HealthEntry[] {
  return result.reports
    .filter((r) => r.selectors && Object.keys(r.selectors).length)
    .map((r) => ({ at, site, layer: r.layer, found: result.ok, selectors: { ...r.selectors! } }));
}

/** The log with the new entries, the oldest dropped past the cap. */
export function appendHealth(log: readonly HealthEntry[], entries: readonly HealthEntry[], cap = HEALTH_LOG_CAP): HealthEntry[] {
  const next = [...log, ...entries];
  return next.length > cap ? next.slice(next.length - cap) : next;
}

export interface SelectorHealth {
  name: string;
  matched: number;
  missed: number;
  /** The selector that matched most recently. */
  lastSelector?: string;
  /** Whether it matched on the latest capture that looked for it. */
  lastOk: boolean;
}

export interface SiteHealth {
  site: string;
  layer: string;
  captures: number;
  lastAt: number;
  /** Selectors that missed on the latest capture but matched before: the markup probably changed. */
  failing: string[];
  selectors: SelectorHealth[];
}

export function summarizeHealth(log: readonly HealthEntry[]): SiteHealth[] {
  const bySite = new Map<string, SiteHealth & { byName: Map<string, SelectorHealth> }>();
  for (const entry of log) {
    const key = `${entry.site}\u0001${entry.layer}`;
    let site = bySite.get(key);
    if (!site) {
      site = { site: entry.site, layer: entry.layer, captures: 0, lastAt: 0, failing: [], selectors: [], byName: new Map() };
      bySite.set(key, site);
    }
    site.captures++;
    site.lastAt = Math.max(site.lastAt, entry.at);
    for (const [name, selector] of Object.entries(entry.selectors)) {
      let s = site.byName.get(name);
      if (!s) {
        s = { name, matched: 0, missed: 0, lastOk: false };
        site.byName.set(name, s);
      }
      if (selector) {
        s.matched++;
        s.lastSelector = selector;
      } else s.missed++;
      s.lastOk = selector !== null;
    }
  }
  return [...bySite.values()]
    .sort((a, b) => b.lastAt - a.lastAt)
    .map(({ byName, ...site }) => {
      const selectors = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
      return { ...site, selectors, failing: selectors.filter((s) => !s.lastOk && s.matched > 0).map((s) => s.name) };
    });
}

/** What "Copy diagnostic" puts on the clipboard: the summary and the latest entries, as JSON. */
export function diagnosticText(log: readonly HealthEntry[], about: { version: string; userAgent: string }): string {
  return JSON.stringify({ ...about, generatedAt: new Date().toISOString(), sites: summarizeHealth(log), recent: log.slice(-20) }, null, 2);
}
