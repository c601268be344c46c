// The shape of a stored prospect record, as valibot checks it wherever one comes from outside the app (a backup).
// Each issue carries the path of its field; see issuePath in segments/segment-schema.ts for the format.
import * as v from 'valibot';
import { DEPARTMENTS, SENIORITIES, STAGES } from './prospect';

const id = v.pipe(v.string('must be text'), v.minLength(1, 'must not be empty'));
const time = v.pipe(v.number('must be epoch milliseconds'), v.finite('must be epoch milliseconds'));
const optionalText = v.optional(v.string('must be text'));

const CaptureSourceSchema = v.looseObject({ url: v.string('must be text'), site: v.string('must be text'), capturedAt: time }, 'must be an object with url, site and capturedAt');

const PhoneSchema = v.looseObject({
  number: v.string('must be text'),
  label: v.optional(v.picklist(['mobile', 'office', 'direct', 'home', 'fax', 'other'], 'must be mobile, office, direct, home, fax or other')),
  raw: optionalText,
  extension: optionalText,
}, 'must be an object with a number');

const LocationSchema = v.looseObject({ city: optionalText, region: optionalText, country: optionalText, raw: optionalText }, 'must be an object (city, region, country, raw)');

export const ProspectRecordSchema = v.looseObject({
  id,
  fullName: v.string('must be text'),
  firstName: optionalText, lastName: optionalText, namePrefix: optionalText, nameSuffix: optionalText,
  headline: optionalText, title: optionalText,
  seniority: v.optional(v.picklist(SENIORITIES, `must be one of: ${SENIORITIES.join(', ')}`)),
  department: v.optional(v.picklist(DEPARTMENTS, `must be one of: ${DEPARTMENTS.join(', ')}`)),
  company: optionalText, companyDomain: optionalText, industry: optionalText,
  companySize: v.optional(v.pipe(v.number('must be a number'), v.finite('must be a number'), v.minValue(0, 'must be 0 or more'))),
  location: v.optional(LocationSchema),
  emails: v.array(v.string('must be text'), 'must be a list'),
  phones: v.array(PhoneSchema, 'must be a list'),
  website: optionalText, photo: optionalText,
  profiles: v.record(v.string(), v.string('must be text'), 'must be an object of network → address'),
  tags: v.array(v.string('must be text'), 'must be a list'),
  notes: v.string('must be text'),
  stage: v.picklist(STAGES, `must be one of: ${STAGES.join(', ')}`),
  source: CaptureSourceSchema,
  sources: v.array(CaptureSourceSchema, 'must be a list'),
  fieldSources: v.record(v.string(), v.string('must be text'), 'must be an object'),
  createdAt: time,
  updatedAt: time,
  segmentIds: v.optional(v.array(v.string('must be text'), 'must be a list')),
  nextFollowUpAt: v.optional(time),
}, 'must be an object');
