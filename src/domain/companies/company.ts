// The company model: an organization a rep sells to, captured from its page or structured data. Pure data.
import type { CaptureSource, Location } from '../prospect';

/** The fields a capture, the rep or a restore can fill. */
export interface CompanyFields {
  name: string;
  /** The company's web domain without "www." (northwind.example.com): its strongest identity. */
  domain?: string;
  website?: string;
  industry?: string;
  /** Employee count; for a range such as "51-200 employees" the lower bound. */
  size?: number;
  /** The size as the page wrote it ("51-200 employees"), for display. */
  sizeLabel?: string;
  location?: Location;
  description?: string;
  /** Network key (linkedin, x, github, facebook …) to the company's profile URL. */
  profiles: Record<string, string>;
}

/** Where a company field came from: a structured-data layer, a site page, the rep. */
export type CompanyFieldSource = 'json-ld' | 'microdata' | 'h-card' | 'opengraph' | 'linkedin' | 'github' | 'page' | 'manual';

export interface Company extends CompanyFields {
  id: string;
  sources: CaptureSource[];
  fieldSources: Partial<Record<keyof CompanyFields, CompanyFieldSource>>;
  createdAt: number;
  updatedAt: number;
}

/** What capture hands to review for a company page. */
export interface CompanyDraft {
  fields: CompanyFields;
  fieldSources: Partial<Record<keyof CompanyFields, CompanyFieldSource>>;
  source: CaptureSource;
}

export function emptyCompanyFields(): CompanyFields {
  return { name: '', profiles: {} };
}

/** The scalar fields, where a newer non-empty value wins on merge. */
export const COMPANY_SCALAR_FIELDS = [
  'name', 'domain', 'website', 'industry', 'size', 'sizeLabel', 'location', 'description',
] as const satisfies readonly (keyof CompanyFields)[];
