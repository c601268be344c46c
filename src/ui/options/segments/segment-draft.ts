// Editing a segment as plain data: blank values, a default rule of each kind, and immutable updates by path.
import type { LeafRule, MessageTemplate, Rule, RuleGroup, RuleType, Segment, TalkingPoint } from '../../../domain/segments/segment-schema';
import type { Channel } from '../../../domain/messages/channels';
import { CHANNEL_LIMITS } from '../../../domain/messages/channels';

export function blankSegment(): Segment {
  return {
    id: '', name: '', description: '', priority: 10, threshold: 50,
    rules: { op: 'and', rules: [defaultLeaf('seniority_in', 50)] },
    talkingPoints: [], templates: [],
  };
}

/** A rule of the given kind with sensible starting values; weight 0 in talking-point conditions. */
export function defaultLeaf(type: RuleType, weight = 20): LeafRule {
  switch (type) {
    case 'seniority_in': return { type, values: ['vp', 'director'], weight };
    case 'department_in': return { type, values: ['sales'], weight };
    case 'keywords': return { type, keywords: [], in: 'both', match: 'any', weight };
    case 'industry_in': return { type, values: [], weight };
    case 'company_size': return { type, min: 50, max: 1000, weight };
    case 'location_in': return { type, values: [], weight };
    case 'email_domain': return { type, domains: 'non_free', weight };
    case 'has_field': return { type, field: 'emails', weight };
    case 'tag': return { type, tags: [], weight };
  }
}

/** Changes a leaf's kind, keeping weight, required and not. */
export function changeLeafType(rule: LeafRule, type: RuleType): LeafRule {
  const next = defaultLeaf(type, rule.weight);
  if (rule.required) next.required = true;
  if (rule.not) next.not = true;
  if (rule.id) next.id = rule.id;
  return next;
}

export function defaultGroup(weighted: boolean): RuleGroup {
  return { op: 'or', rules: [defaultLeaf('keywords', weighted ? 20 : 0)] };
}

/** "Sales leaders (EMEA)" → "sales-leaders-emea". */
export function slugify(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
}

/** `base`, or `base-2`, `base-3` … whichever is not taken. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const stem = slugify(base) || 'item';
  if (!used.has(stem)) return stem;
  for (let n = 2; ; n++) if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

export function newTalkingPoint(existing: readonly TalkingPoint[]): TalkingPoint {
  return { id: uniqueId('point', existing.map((p) => p.id)), text: '' };
}

export function newTemplate(existing: readonly MessageTemplate[], channel: Channel = 'email'): MessageTemplate {
  const template: MessageTemplate = { id: uniqueId(channel, existing.map((t) => t.id)), channel, name: '', body: '' };
  if (CHANNEL_LIMITS[channel].hasSubject) template.subject = '';
  return template;
}

/** Switching channel drops a subject the new channel has no room for, and adds an empty one where it needs one. */
export function changeChannel(template: MessageTemplate, channel: Channel): MessageTemplate {
  const next: MessageTemplate = { ...template, channel };
  if (!CHANNEL_LIMITS[channel].hasSubject) delete next.subject;
  else if (next.subject === undefined) next.subject = '';
  return next;
}

/** A copy of a segment under a new id and name, not yet saved. */
export function duplicateSegment(segment: Segment, takenIds: Iterable<string>, copyName: string): Segment {
  const copy = structuredClone(segment);
  copy.id = uniqueId(`${segment.id}-copy`, takenIds);
  copy.name = copyName;
  delete copy.updatedAt;
  return copy;
}

export function isGroup(rule: Rule): rule is RuleGroup {
  return 'op' in rule;
}

/** Optional text fields: empty means absent (the schema refuses empty strings). */
export function withOptionalText<T extends object, K extends keyof T>(obj: T, key: K, value: string): T {
  const next = { ...obj };
  if (value.trim() === '') delete next[key];
  else (next as Record<K, unknown>)[key] = value;
  return next;
}

/** Removes empty optional texts the schema would refuse, before validating or saving. */
export function normalizeForSave(segment: Segment): Segment {
  const copy = structuredClone(segment);
  copy.templates = copy.templates.map((tpl) => {
    const next = { ...tpl };
    if (next.variant !== undefined && !next.variant.trim()) delete next.variant;
    if (next.subject !== undefined && !CHANNEL_LIMITS[next.channel].hasSubject && !next.subject.trim()) delete next.subject;
    return next;
  });
  return copy;
}
