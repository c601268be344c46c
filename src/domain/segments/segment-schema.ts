// A marketing segment: who it is for (weighted rules), what to say (talking points) and how (message templates).
// validateSegment() checks a segment on save and on import, with an issue per field ("rules.rules[2].weight").
import * as v from 'valibot';
import { DEPARTMENTS, SENIORITIES, type Department, type Seniority } from '../prospect';
import { CHANNEL_LIMITS, CHANNELS, type Channel } from '../messages/channels';
import { checkTemplate, parseTemplate } from '../messages/render-template';
import { compilePhrase } from './text-match';
import { countryCodesForValue } from './locations';
import { formatPath, issuePath, type ValidationIssue } from '../validation';
import { DEFAULT_READINESS, type ReadinessSettings } from '../readiness';
import { PackRefSchema, type PackRef } from '../packs/pack-ref';

export { CHANNELS, CHANNEL_LIMITS, type Channel } from '../messages/channels';

export const RULE_TYPES = [
  'seniority_in', 'department_in', 'keywords', 'industry_in', 'company_size', 'location_in', 'email_domain', 'has_field', 'tag',
] as const;
export type RuleType = (typeof RULE_TYPES)[number];

/** Where a `keywords` rule looks: the title, the headline, or both (a hit in either counts). */
export type KeywordField = 'title' | 'headline' | 'both';

interface RuleCommon {
  /** Optional stable id, shown in explanations instead of the path. */
  id?: string;
  /** Points this rule earns when it holds (0 or more). Ignored in talking-point conditions. */
  weight: number;
  /** The segment never matches when this rule fails. */
  required?: boolean;
  /** Inverts the rule: it holds when the test fails. */
  not?: boolean;
}

export type LeafRule = RuleCommon &
  (
    | { type: 'seniority_in'; values: Seniority[] }
    | { type: 'department_in'; values: Department[] }
    | { type: 'keywords'; keywords: string[]; in?: KeywordField; match?: 'any' | 'all' }
    | { type: 'industry_in'; values: string[] }
    | { type: 'company_size'; min?: number; max?: number }
    | { type: 'location_in'; values: string[] }
    /** A list of domains (subdomains included), or 'non_free' for any address not at a free mailbox provider. */
    | { type: 'email_domain'; domains: string[] | 'non_free' }
    /** A ProspectFields name, `location.city|region|country`, or `profiles.<network>`. */
    | { type: 'has_field'; field: string }
    | { type: 'tag'; tags: string[] }
  );

export interface RuleGroup {
  id?: string;
  op: 'and' | 'or';
  rules: Rule[];
  not?: boolean;
  /** The segment never matches when this group fails. */
  required?: boolean;
}

export type Rule = LeafRule | RuleGroup;

export function isRuleGroup(rule: Rule): rule is RuleGroup {
  return 'op' in rule;
}

export interface TalkingPoint {
  id: string;
  /** Text with template placeholders, e.g. "Teams like {{company|yours}} …". */
  text: string;
  /** Shown only when this condition holds (weights are ignored). */
  when?: Rule;
}

export interface MessageTemplate {
  id: string;
  channel: Channel;
  name: string;
  /** Distinguishes alternatives on one channel ("direct", "soft"). */
  variant?: string;
  subject?: string;
  body: string;
}

export interface Segment {
  id: string;
  name: string;
  description: string;
  /** Higher first when two segments score the same. */
  priority: number;
  /** Minimum score (0–100) for a match. */
  threshold: number;
  rules: RuleGroup;
  talkingPoints: TalkingPoint[];
  templates: MessageTemplate[];
  /** Readiness-for-sales weights and threshold; missing values take DEFAULT_READINESS. */
  readiness?: ReadinessSettings;
  /** Set on a segment installed from a pack: read-only for the rep, who may edit a copy instead. */
  pack?: PackRef;
  /** Epoch milliseconds. */
  updatedAt?: number;
}

export const HAS_FIELD_NAMES = [
  'fullName', 'firstName', 'lastName', 'namePrefix', 'nameSuffix', 'headline', 'title', 'seniority', 'department',
  'company', 'companyDomain', 'industry', 'companySize', 'location', 'location.city', 'location.region',
  'location.country', 'emails', 'phones', 'website', 'profiles', 'photo', 'tags', 'notes',
] as const;

export function isHasFieldName(field: string): boolean {
  return (HAS_FIELD_NAMES as readonly string[]).includes(field) || /^profiles\.[a-z0-9_-]+$/.test(field);
}

// ---------- valibot schema ----------

type Issue = v.BaseIssue<unknown>;

function lastKey(issue: Issue): string {
  const item = issue.path?.[issue.path.length - 1];
  return item && 'key' in item ? String(item.key) : '';
}

function objectMessage(what: string) {
  return (issue: Issue) => {
    if (issue.expected === 'never') return `Unknown field "${String(issue.input)}" in ${what}`;
    if (issue.input === undefined && issue.path?.length) return `Missing required field "${lastKey(issue)}"`;
    return `${what[0]!.toUpperCase()}${what.slice(1)} must be an object`;
  };
}

const text = (what: string, max = 20_000) =>
  v.pipe(
    v.string(`${what} must be text`),
    v.trim(),
    v.minLength(1, `${what} must not be empty`),
    v.maxLength(max, `${what} must be at most ${max} characters`),
  );

const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const slug = (what: string) =>
  v.pipe(
    v.string(`${what} must be text`),
    v.regex(SLUG, `${what} must be a slug: lower-case letters, digits and single hyphens (e.g. "sales-leaders")`),
    v.maxLength(80, `${what} must be at most 80 characters`),
  );

const weight = v.pipe(
  v.number('Weight must be a number'),
  v.finite('Weight must be a finite number'),
  v.minValue(0, 'Weight must be 0 or more'),
  v.maxValue(1000, 'Weight must be at most 1000'),
);

const nonEmptyList = <T extends v.GenericSchema>(item: T, what: string) =>
  v.pipe(v.array(item, `${what} must be a list`), v.minLength(1, `${what} must list at least one value`));

function commonEntries(weighted: boolean) {
  return {
    id: v.optional(slug('Rule id')),
    weight: weighted ? weight : v.optional(weight, 0),
    required: v.optional(v.boolean('"required" must be true or false')),
    not: v.optional(v.boolean('"not" must be true or false')),
  };
}

function leafSchemas(weighted: boolean): Record<RuleType, v.GenericSchema> {
  const common = commonEntries(weighted);
  const leaf = (type: RuleType, entries: v.ObjectEntries) =>
    v.strictObject({ ...common, type: v.literal(type), ...entries }, objectMessage(`a ${type} rule`));
  const words = (what: string) => nonEmptyList(text(what, 200), `${what[0]!.toUpperCase()}${what.slice(1)}s`);
  const size = v.pipe(v.number('Company size must be a number'), v.integer('Company size must be a whole number'), v.minValue(0, 'Company size must be 0 or more'));
  return {
    seniority_in: leaf('seniority_in', {
      values: nonEmptyList(v.picklist(SENIORITIES, `Seniority must be one of: ${SENIORITIES.join(', ')}`), 'Seniorities'),
    }),
    department_in: leaf('department_in', {
      values: nonEmptyList(v.picklist(DEPARTMENTS, `Department must be one of: ${DEPARTMENTS.join(', ')}`), 'Departments'),
    }),
    keywords: leaf('keywords', {
      keywords: words('keyword'),
      in: v.optional(v.picklist(['title', 'headline', 'both'], '"in" must be "title", "headline" or "both"')),
      match: v.optional(v.picklist(['any', 'all'], '"match" must be "any" or "all"')),
    }),
    industry_in: leaf('industry_in', { values: words('industry') }),
    company_size: leaf('company_size', { min: v.optional(size), max: v.optional(size) }),
    location_in: leaf('location_in', { values: words('location') }),
    email_domain: leaf('email_domain', {
      domains: v.union(
        [
          v.literal('non_free'),
          nonEmptyList(
            v.pipe(
              v.string('Domain must be text'),
              v.trim(),
              v.toLowerCase(),
              v.regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/, 'Domain must look like example.com'),
            ),
            'Domains',
          ),
        ],
        'Domains must be "non_free" or a list of domains like ["example.com"]',
      ),
    }),
    has_field: leaf('has_field', {
      field: v.pipe(
        v.string('Field must be text'),
        v.check(isHasFieldName, (i) => `Unknown prospect field "${String(i.input)}"; use one of ${HAS_FIELD_NAMES.join(', ')} or profiles.<network>`),
      ),
    }),
    tag: leaf('tag', { tags: words('tag') }),
  };
}

function buildRuleSchema(weighted: boolean): v.GenericSchema<unknown, Rule> {
  const leaves = leafSchemas(weighted);
  const unknownType = v.object(
    { type: v.picklist(RULE_TYPES, (i) => `Unknown rule type ${JSON.stringify(i.input)}; use one of ${RULE_TYPES.join(', ')}`) },
    'A rule must be an object',
  );
  const notARule = v.custom<never>(() => false, 'A rule must be an object with "type" (a rule) or "op" and "rules" (a group)');
  const group: v.GenericSchema<unknown, RuleGroup> = v.strictObject(
    {
      id: v.optional(slug('Group id')),
      op: v.picklist(['and', 'or'], 'Group "op" must be "and" or "or"'),
      rules: v.pipe(v.array(v.lazy(() => rule), 'Group "rules" must be a list'), v.minLength(1, 'A group needs at least one rule')),
      not: v.optional(v.boolean('"not" must be true or false')),
      required: v.optional(v.boolean('"required" must be true or false')),
    },
    objectMessage('a rule group'),
  ) as never;
  const rule: v.GenericSchema<unknown, Rule> = v.lazy((input) => {
    if (!input || typeof input !== 'object' || Array.isArray(input)) return notARule;
    if ('op' in input || 'rules' in input) return group;
    const type = (input as { type?: unknown }).type;
    return typeof type === 'string' && Object.hasOwn(leaves, type) ? leaves[type as RuleType] : unknownType;
  }) as never;
  return rule;
}

/** A weighted segment rule (leaf or group). */
export const RuleSchema = buildRuleSchema(true);
/** A talking-point condition: the same rules, weights optional. */
export const ConditionSchema = buildRuleSchema(false);

const notAGroup = v.custom<never>(() => false, 'Rules must be a group: {"op": "and" | "or", "rules": [...]}');
export const RuleGroupSchema = v.lazy((input) =>
  input && typeof input === 'object' && !Array.isArray(input) && ('op' in input || 'rules' in input) ? RuleSchema : notAGroup,
) as unknown as v.GenericSchema<unknown, RuleGroup>;

export const TalkingPointSchema = v.strictObject(
  {
    id: slug('Talking point id'),
    text: text('Talking point text', 1000),
    when: v.optional(ConditionSchema),
  },
  objectMessage('a talking point'),
);

export const MessageTemplateSchema = v.strictObject(
  {
    id: slug('Template id'),
    channel: v.picklist(CHANNELS, `Channel must be one of: ${CHANNELS.join(', ')}`),
    name: text('Template name', 200),
    variant: v.optional(text('Variant', 80)),
    subject: v.optional(text('Subject', 500)),
    body: text('Body', 20_000),
  },
  objectMessage('a template'),
);

const readinessPoints = (what: string) =>
  v.optional(
    v.pipe(
      v.number(`${what} must be a number`),
      v.finite(`${what} must be a finite number`),
      v.minValue(0, `${what} must be 0 or more`),
      v.maxValue(100, `${what} must be at most 100`),
    ),
  );

const READINESS_WEIGHT_LABELS: Record<keyof ReadinessSettings['weights'], string> = {
  segmentFit: 'Segment fit weight', seniority: 'Seniority weight', completeness: 'Completeness weight',
  meetingBooked: 'Meeting booked weight', connectedCall: 'Connected call weight', messageSent: 'Message sent weight',
  notInterested: 'Not interested weight',
};

/** Optional on a segment; each missing value takes its default, so older segments and backups stay valid. */
export const ReadinessSchema = v.pipe(
  v.strictObject(
    {
      threshold: readinessPoints('Readiness threshold'),
      halfLifeDays: v.optional(
        v.pipe(
          v.number('Half-life must be a number of days'),
          v.finite('Half-life must be a finite number of days'),
          v.minValue(1, 'Half-life must be at least 1 day'),
          v.maxValue(365, 'Half-life must be at most 365 days'),
        ),
      ),
      weights: v.optional(
        v.strictObject(
          Object.fromEntries(Object.entries(READINESS_WEIGHT_LABELS).map(([key, label]) => [key, readinessPoints(label)])) as Record<keyof ReadinessSettings['weights'], ReturnType<typeof readinessPoints>>,
          objectMessage('readiness weights'),
        ),
      ),
    },
    objectMessage('readiness settings'),
  ),
  v.transform((r): ReadinessSettings => ({
    threshold: r.threshold ?? DEFAULT_READINESS.threshold,
    halfLifeDays: r.halfLifeDays ?? DEFAULT_READINESS.halfLifeDays,
    weights: { ...DEFAULT_READINESS.weights, ...Object.fromEntries(Object.entries(r.weights ?? {}).filter(([, n]) => n !== undefined)) },
  })),
);

export const SegmentSchema = v.strictObject(
  {
    id: slug('Segment id'),
    name: text('Name', 200),
    description: v.pipe(v.string('Description must be text'), v.trim(), v.maxLength(2000, 'Description must be at most 2000 characters')),
    priority: v.pipe(v.number('Priority must be a number'), v.finite('Priority must be a finite number')),
    threshold: v.pipe(
      v.number('Threshold must be a number from 0 to 100'),
      v.minValue(0, 'Threshold must be from 0 to 100'),
      v.maxValue(100, 'Threshold must be from 0 to 100'),
    ),
    rules: RuleGroupSchema,
    talkingPoints: v.array(TalkingPointSchema, 'Talking points must be a list'),
    templates: v.array(MessageTemplateSchema, 'Templates must be a list'),
    readiness: v.optional(ReadinessSchema),
    pack: v.optional(PackRefSchema),
    updatedAt: v.optional(v.pipe(v.number('updatedAt must be epoch milliseconds'), v.integer('updatedAt must be epoch milliseconds'), v.minValue(0, 'updatedAt must be epoch milliseconds'))),
  },
  objectMessage('a segment'),
) as unknown as v.GenericSchema<unknown, Segment>;

// ---------- validation with field paths ----------

export { formatPath, type ValidationIssue } from '../validation';

export type SegmentValidation = { ok: true; segment: Segment } | { ok: false; issues: ValidationIssue[] };

/** Checks the rules the schema cannot: ranges, searchable keywords, known places, unique ids, reachable weight. */
function checkRule(rule: Rule, path: (string | number)[], issues: ValidationIssue[], ids: Map<string, string>, weighted: boolean): number {
  if (rule.id) {
    const seen = ids.get(rule.id);
    if (seen) issues.push({ path: formatPath([...path, 'id']), message: `Rule id "${rule.id}" is already used at ${seen}` });
    else ids.set(rule.id, formatPath(path));
  }
  if (isRuleGroup(rule)) {
    const maxima = rule.rules.map((child, i) => checkRule(child, [...path, 'rules', i], issues, ids, weighted));
    return rule.op === 'or' ? Math.max(0, ...maxima) : maxima.reduce((a, b) => a + b, 0);
  }
  if (rule.type === 'company_size') {
    if (rule.min === undefined && rule.max === undefined) issues.push({ path: formatPath(path), message: 'A company_size rule needs "min", "max" or both' });
    if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max)
      issues.push({ path: formatPath([...path, 'max']), message: `"max" (${rule.max}) is below "min" (${rule.min})` });
  }
  const listKey = rule.type === 'keywords' ? 'keywords' : rule.type === 'tag' ? 'tags' : rule.type === 'industry_in' || rule.type === 'location_in' ? 'values' : undefined;
  if (listKey) {
    ((rule as unknown as Record<string, string[]>)[listKey]!).forEach((word, i) => {
      if (!compilePhrase(word)) issues.push({ path: formatPath([...path, listKey, i]), message: `"${word}" has no letters or digits to match` });
    });
  }
  if (rule.type === 'location_in') {
    rule.values.forEach((value, i) => {
      if (/^[A-Za-z]{2}$/.test(value.trim()) && !countryCodesForValue(value))
        issues.push({ path: formatPath([...path, 'values', i]), message: `"${value}" is not a country code Segue knows; write the place name in full` });
    });
  }
  return weighted ? rule.weight : 0;
}

function checkTemplateText(source: string, path: (string | number)[], issues: ValidationIssue[]): void {
  for (const issue of checkTemplate(source)) issues.push({ path: formatPath(path), message: `${issue.message} (at character ${Math.max(0, issue.offset) + 1})` });
}

/** Length of a template's fixed text, placeholders left out: a floor on any rendering's length. */
function fixedLength(source: string): number {
  let n = 0;
  const walk = (nodes: ReturnType<typeof parseTemplate>['nodes']) => {
    for (const node of nodes) if (node.kind === 'text') n += node.text.length;
  };
  walk(parseTemplate(source).nodes);
  return n;
}

function checkSemantics(segment: Segment): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const maxWeight = checkRule(segment.rules, ['rules'], issues, new Map(), true);
  if (maxWeight <= 0) issues.push({ path: 'rules', message: 'At least one rule needs a weight above 0, or no prospect can score' });

  const pointIds = new Set<string>();
  segment.talkingPoints.forEach((point, i) => {
    if (pointIds.has(point.id)) issues.push({ path: `talkingPoints[${i}].id`, message: `Talking point id "${point.id}" is used twice` });
    pointIds.add(point.id);
    checkTemplateText(point.text, ['talkingPoints', i, 'text'], issues);
    if (point.when) checkRule(point.when, ['talkingPoints', i, 'when'], issues, new Map(), false);
  });

  const templateIds = new Set<string>();
  segment.templates.forEach((template, i) => {
    const limits = CHANNEL_LIMITS[template.channel];
    if (templateIds.has(template.id)) issues.push({ path: `templates[${i}].id`, message: `Template id "${template.id}" is used twice` });
    templateIds.add(template.id);
    if (template.subject !== undefined && !limits.hasSubject)
      issues.push({ path: `templates[${i}].subject`, message: `A ${template.channel} message has no subject; remove it` });
    if (template.subject === undefined && (template.channel === 'email' || template.channel === 'linkedin_inmail'))
      issues.push({ path: `templates[${i}].subject`, message: `A ${template.channel} template needs a subject` });
    checkTemplateText(template.body, ['templates', i, 'body'], issues);
    if (template.subject !== undefined) checkTemplateText(template.subject, ['templates', i, 'subject'], issues);
    if (limits.hard && limits.body !== undefined && fixedLength(template.body) > limits.body)
      issues.push({ path: `templates[${i}].body`, message: `The fixed text alone is ${fixedLength(template.body)} characters; ${template.channel} allows ${limits.body}` });
    if (limits.hard && limits.subject !== undefined && template.subject !== undefined && fixedLength(template.subject) > limits.subject)
      issues.push({ path: `templates[${i}].subject`, message: `The fixed subject alone is ${fixedLength(template.subject)} characters; ${template.channel} allows ${limits.subject}` });
  });
  return issues;
}

/** Validates a segment from the editor or an import. Every problem is listed with the path of its field. */
export function validateSegment(input: unknown, pathPrefix: (string | number)[] = []): SegmentValidation {
  const parsed = v.safeParse(SegmentSchema, input);
  if (!parsed.success) return { ok: false, issues: parsed.issues.map((issue) => ({ path: issuePath(issue, pathPrefix), message: issue.message })) };
  const issues = checkSemantics(parsed.output).map((issue) => ({ ...issue, path: formatPath([...pathPrefix]) + (pathPrefix.length ? `.${issue.path}` : issue.path) }));
  return issues.length ? { ok: false, issues } : { ok: true, segment: parsed.output };
}

export type SegmentListValidation = { ok: true; segments: Segment[] } | { ok: false; issues: ValidationIssue[] };

/**
 * Validates an imported list (a bare array or `{ "segments": [...] }`); segment ids must be unique. Issue paths start
 * with `pathPrefix` ("segments" gives "segments[3].rules").
 */
export function validateSegments(input: unknown, pathPrefix: (string | number)[] = []): SegmentListValidation {
  const list = Array.isArray(input) ? input : input && typeof input === 'object' && Array.isArray((input as { segments?: unknown }).segments) ? (input as { segments: unknown[] }).segments : undefined;
  if (!list) return { ok: false, issues: [{ path: '', message: 'Expected a list of segments, or an object with a "segments" list' }] };
  const issues: ValidationIssue[] = [];
  const segments: Segment[] = [];
  const ids = new Map<string, number>();
  list.forEach((item, i) => {
    const result = validateSegment(item, [...pathPrefix, i]);
    if (!result.ok) {
      issues.push(...result.issues);
      return;
    }
    const seen = ids.get(result.segment.id);
    if (seen !== undefined) issues.push({ path: formatPath([...pathPrefix, i, 'id']), message: `Segment id "${result.segment.id}" is also used by segment ${formatPath([...pathPrefix, seen])}` });
    ids.set(result.segment.id, i);
    segments.push(result.segment);
  });
  return issues.length ? { ok: false, issues } : { ok: true, segments };
}
