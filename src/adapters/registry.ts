// Every site adapter, in the order the pipeline runs them. The generic layers (JSON-LD, microdata, RDFa, h-card,
// Open Graph, links) are not listed here: they run on every page (see pipeline.ts).
import type { LayerOutput } from '../domain/extraction';
import type { SiteKey } from '../domain/site';
import * as github from './github/detect';
import * as gmailDetect from './gmail/detect';
import * as outlookDetect from './outlook/detect';
import { extract as extractGithub } from './github/extract';
import * as linkedin from './linkedin/detect';
import { extract as extractLinkedin } from './linkedin/extract';
import * as teamPage from './team-page/detect';
import { extract as extractTeamPage } from './team-page/extract';
import * as x from './x/detect';
import { extract as extractX } from './x/extract';

export interface ExampleUrls {
  positive: string[];
  negative: string[];
}

export interface SiteAdapter {
  /** Also the FieldSource of the fields it finds. */
  key: 'linkedin' | 'github' | 'x' | 'team-page';
  /** The capture's site key. */
  site: SiteKey;
  label: string;
  /** Whether this adapter can read the page at this URL. The team page's detector is a hint only. */
  detect: (url: URL) => boolean;
  exampleUrls: ExampleUrls;
  extract: (doc: Document, url: URL) => LayerOutput;
  /** Runs on every page of `site` even when `detect` says no (content decides). */
  contentDetected?: boolean;
}

export const siteAdapters: readonly SiteAdapter[] = [
  { key: 'linkedin', site: 'linkedin', label: 'LinkedIn', detect: linkedin.detect, exampleUrls: linkedin.exampleUrls, extract: extractLinkedin },
  { key: 'github', site: 'github', label: 'GitHub', detect: github.detect, exampleUrls: github.exampleUrls, extract: extractGithub },
  { key: 'x', site: 'x', label: 'X', detect: x.detect, exampleUrls: x.exampleUrls, extract: extractX },
  {
    key: 'team-page', site: 'web', label: 'Team page', detect: teamPage.detect, exampleUrls: teamPage.exampleUrls,
    extract: extractTeamPage, contentDetected: true,
  },
];

/**
 * Email adapters (src/adapters/gmail, src/adapters/outlook) read a message, not a page, so they are not part of the
 * page pipeline. They are registered here by the lead, each with its URL detector and example URLs, so the URL
 * matrix test checks them against every page adapter's detector too.
 */
export interface EmailAdapterEntry {
  site: 'gmail' | 'outlook';
  label: string;
  detect: (url: URL) => boolean;
  exampleUrls: ExampleUrls;
}

export const emailAdapters: EmailAdapterEntry[] = [
  { site: 'gmail', label: 'Gmail', detect: gmailDetect.detect, exampleUrls: gmailDetect.exampleUrls },
  { site: 'outlook', label: 'Outlook', detect: outlookDetect.detect, exampleUrls: outlookDetect.exampleUrls },
];
