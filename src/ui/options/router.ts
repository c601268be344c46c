// Hash routing (#/prospects/<id>), so the popup and end-to-end tests can deep-link into the dashboard.
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { name: 'prospects' }
  | { name: 'prospect'; id: string }
  | { name: 'companies' }
  | { name: 'company'; id: string }
  | { name: 'segments' }
  | { name: 'segment'; id: string }
  | { name: 'calls' }
  | { name: 'follow-ups' }
  | { name: 'insights' }
  | { name: 'data' }
  | { name: 'settings' }
  | { name: 'welcome' };

export type Section = 'prospects' | 'companies' | 'segments' | 'calls' | 'follow-ups' | 'insights' | 'data' | 'settings';

export const SECTIONS: readonly Section[] = ['prospects', 'companies', 'segments', 'calls', 'follow-ups', 'insights', 'data', 'settings'];

/** "#/segments/sales-leaders" → { name: 'segment', id: 'sales-leaders' }; anything unknown → prospects. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  const [head, id] = parts;
  if (head === 'prospects' && id) return { name: 'prospect', id };
  if (head === 'segments' && id) return { name: 'segment', id };
  if (head === 'companies' && id) return { name: 'company', id };
  if (head === 'welcome') return { name: 'welcome' };
  if (head && (SECTIONS as readonly string[]).includes(head)) return { name: head as Section } as Route;
  return { name: 'prospects' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'prospect':
      return `#/prospects/${encodeURIComponent(route.id)}`;
    case 'segment':
      return `#/segments/${encodeURIComponent(route.id)}`;
    case 'company':
      return `#/companies/${encodeURIComponent(route.id)}`;
    default:
      return `#/${route.name}`;
  }
}

/** The nav section a route belongs to. */
export function sectionOf(route: Route): Section {
  if (route.name === 'prospect') return 'prospects';
  if (route.name === 'segment') return 'segments';
  if (route.name === 'company') return 'companies';
  // The first-run setup is reopened from Settings.
  if (route.name === 'welcome') return 'settings';
  return route.name;
}

export function navigate(route: Route): void {
  location.hash = routeHref(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** The i18n key of a section's name (message names allow no hyphen). */
export const navKey = (section: Section): string => `opt_nav_${section.replace(/-/g, '_')}`;
