// What a capture hands back: the people found on a page, where each field came from, and what each layer saw.
import type { FieldSource, ProspectDraft, ProspectFields } from './prospect';
import type { CompanyDraft } from './companies/company';

/** Fields one extraction layer found for one person; the pipeline merges them per field in order of trust. */
export type PartialPerson = Partial<ProspectFields>;

/** What one layer or site adapter saw, so a site that changed its markup is noticed instead of silently saving less. */
export interface LayerReport {
  layer: FieldSource;
  /** How many people this layer found. */
  people: number;
  /** Field names this layer filled. */
  fields: string[];
  /** Selectors (or structured-data paths) that matched nothing, when the layer found nothing. */
  missed?: string[];
  /**
   * A site adapter's named selectors ("userName", "headline" …): the selector of the list that matched, or null when
   * none did. Kept per capture in the adapter-health log (names and selectors only, never page text).
   */
  selectors?: Record<string, string | null>;
  /** A layer that failed (malformed JSON-LD, a page too large) says why; the others still run. */
  error?: string;
  /** Things worth knowing that are not failures (a JSON-LD script skipped as too large, an author ignored). */
  notes?: string[];
  /** Set when the page is about an organization (a GitHub org, a LinkedIn company page) rather than a person. */
  organization?: OrganizationInfo;
}

/** What an organization page says about the organization; reported, since a company is not a prospect. */
export interface OrganizationInfo {
  name?: string;
  description?: string;
  location?: string;
  website?: string;
  email?: string;
  profileUrl?: string;
  industry?: string;
  /** Head count as the page wrote it ("51-200 employees"). */
  size?: string;
}

/** What one extraction layer or site adapter returns: every field of each person comes from `report.layer`. */
export interface LayerOutput {
  people: PartialPerson[];
  report: LayerReport;
  /**
   * Index in `people` of the page's main subject when the layer can tell (a ProfilePage's mainEntity, the profile
   * a site adapter read). Absent with several people means a list of peers (a team page).
   */
  mainIndex?: number;
  /** Per person, where each field came from, when a layer reads fields from more than one place (an email's header and its signature). */
  fieldSources?: Array<Partial<Record<keyof ProspectFields, FieldSource>>>;
}

export type ExtractionResult =
  | {
    ok: true; url: string; people: ProspectDraft[]; reports: LayerReport[];
    /**
     * On a mail page (Gmail, Outlook): the address of the open message's sender, who the page is about. The page's
     * address cannot tell (the inbox and every thread share it), so the popup and the shortcut learn it from here.
     */
    sender?: string;
    /** The organization the page is about (a team page's company): its people work there. */
    company?: CompanyDraft;
  }
  /** An organization's page (a LinkedIn company page, an About page) has no person, but may have a `company` to save. */
  | { ok: false; url: string; error: string; reports: LayerReport[]; company?: CompanyDraft };

export const NO_PERSON_FOUND = 'No person found on this page.';
