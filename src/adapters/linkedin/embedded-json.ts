// The signed-in LinkedIn profile ships its API responses inside the page as
//   <code style="display: none" id="bpr-guid-1234">{"data":{…},"included":[{…"$type":"com.linkedin.voyager.dash…"}]}</code>
// This reads the profile, its geo and its positions out of those `included` entities.
import { queryAll } from '../shared/dom';
import { LIMITS } from '../shared/limits';
import { isObject, type SchemaNode } from '../shared/schema-person';
import { PROFILE_SELECTORS } from './selectors';

export interface EmbeddedProfile {
  firstName?: string;
  lastName?: string;
  headline?: string;
  location?: string;
  photo?: string;
  publicIdentifier?: string;
  title?: string;
  company?: string;
  companyUrl?: string;
}

const PROFILE_TYPE = /\.identity\.profile\.Profile$/;
const POSITION_TYPE = /\.identity\.profile\.Position$/;
const COMPANY_TYPE = /\.organization\.Company$/;
const GEO_TYPE = /\.common\.Geo$/;

export function readEmbeddedProfile(doc: Document, slug: string): { profile: EmbeddedProfile | null; blobs: number; notes: string[] } {
  const notes: string[] = [];
  const included: SchemaNode[] = [];
  let blobs = 0;
  for (const selector of PROFILE_SELECTORS.codeBlobs) {
    for (const code of queryAll(doc, selector, LIMITS.maxCodeBlobs)) {
      const text = code.textContent ?? '';
      // Cheap test before parsing: most blobs are feeds, ads and settings.
      if (!text.includes('identity.profile.')) continue;
      if (text.length > LIMITS.maxCodeBlobChars) {
        notes.push(`embedded JSON blob of ${text.length} characters skipped`);
        continue;
      }
      try {
        const json: unknown = JSON.parse(text);
        if (isObject(json) && Array.isArray(json.included)) {
          blobs++;
          for (const entity of json.included) if (isObject(entity)) included.push(entity);
        }
      } catch {
        notes.push(`embedded JSON blob ${code.id.slice(0, 40)} is not valid JSON`);
      }
    }
  }
  if (!included.length) return { profile: null, blobs, notes };

  const byUrn = new Map<string, SchemaNode>();
  for (const entity of included) if (typeof entity.entityUrn === 'string') byUrn.set(entity.entityUrn, entity);
  const profiles = included.filter((e) => PROFILE_TYPE.test(String(e.$type ?? '')));
  // "People also viewed" ships mini profiles too: the subject is the one whose publicIdentifier is the URL slug,
  // else the one with a headline and a location (mini profiles have neither).
  const subject =
    profiles.find((p) => typeof p.publicIdentifier === 'string' && p.publicIdentifier.toLowerCase() === slug.toLowerCase()) ??
    profiles.find((p) => typeof p.headline === 'string' && isObject(p.geoLocation)) ??
    (profiles.length === 1 ? profiles[0] : undefined);
  if (!subject) return { profile: null, blobs, notes };

  const profile: EmbeddedProfile = {};
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
  profile.firstName = str(subject.firstName);
  profile.lastName = str(subject.lastName);
  profile.headline = str(subject.headline);
  profile.publicIdentifier = str(subject.publicIdentifier);

  const geoLocation = isObject(subject.geoLocation) ? subject.geoLocation : undefined;
  const geoUrn = geoLocation ? str(geoLocation['*geo']) ?? str(geoLocation.geoUrn) : undefined;
  const geo = geoUrn ? byUrn.get(geoUrn) : undefined;
  profile.location = (geo && GEO_TYPE.test(String(geo.$type ?? '')) ? str(geo.defaultLocalizedName) : undefined) ?? str(subject.locationName) ?? str(subject.geoLocationName);

  profile.photo = pictureUrl(subject.profilePicture);

  const subjectUrn = str(subject.entityUrn);
  const positions = included
    .filter((e) => POSITION_TYPE.test(String(e.$type ?? '')))
    .filter((e) => !subjectUrn || !str(e.profileUrn) || e.profileUrn === subjectUrn);
  const current = positions.filter((p) => !(isObject(p.dateRange) && isObject(p.dateRange.end)));
  current.sort((a, b) => startOf(b) - startOf(a));
  const position = current[0];
  if (position) {
    profile.title = str(position.title);
    const companyUrn = str(position['*company']) ?? str(position.companyUrn);
    const company = companyUrn ? byUrn.get(companyUrn) : undefined;
    const companyEntity = company && COMPANY_TYPE.test(String(company.$type ?? '')) ? company : undefined;
    profile.company = str(position.companyName) ?? (companyEntity ? str(companyEntity.name) : undefined);
    profile.companyUrl = companyEntity ? str(companyEntity.websiteUrl) : undefined;
  }
  return { profile, blobs, notes };
}

function startOf(position: SchemaNode): number {
  const range = isObject(position.dateRange) ? position.dateRange : undefined;
  const start = range && isObject(range.start) ? range.start : undefined;
  if (!start) return 0;
  return (Number(start.year) || 0) * 12 + (Number(start.month) || 0);
}

/** displayImageReference.vectorImage: rootUrl + the largest artifact's path segment. */
function pictureUrl(picture: unknown): string | undefined {
  if (!isObject(picture)) return undefined;
  const ref = isObject(picture.displayImageReference) ? picture.displayImageReference : undefined;
  const vector = ref && isObject(ref.vectorImage) ? ref.vectorImage : undefined;
  if (!vector || typeof vector.rootUrl !== 'string' || !Array.isArray(vector.artifacts)) return undefined;
  let best: SchemaNode | undefined;
  for (const artifact of vector.artifacts) {
    if (isObject(artifact) && typeof artifact.fileIdentifyingUrlPathSegment === 'string') {
      if (!best || Number(artifact.width) > Number(best.width)) best = artifact;
    }
  }
  return best ? `${vector.rootUrl}${String(best.fileIdentifyingUrlPathSegment)}` : undefined;
}
