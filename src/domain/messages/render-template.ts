// A small, safe template renderer (no eval, no Function, no Handlebars) for Segue's message templates.
//   {{firstName}}                 the field, or nothing (reported in missingFields)
//   {{firstName|there}}           the field, or the fallback text (reported in fallbacksUsed)
//   {{#company}} at {{company}}{{/company}}   shown only when company is present
//   {{^company}}your team{{/company}}         shown only when company is absent
// The output is tidied so a missing field never leaves a trace: no raw braces, doubled spaces, space before
// punctuation, "Hi ," greetings or piles of empty lines.
import { CHANNEL_LIMITS, type Channel } from './channels';
import { isKnownTemplateField, resolveTemplateField, type TemplateContext } from './template-fields';

export type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'field'; name: string; fallback?: string }
  | { kind: 'section'; name: string; inverted: boolean; children: TemplateNode[] };

export interface TemplateIssue {
  message: string;
  /** Character offset in the template source. */
  offset: number;
}

export interface ParsedTemplate {
  nodes: TemplateNode[];
  /** Syntax problems; the parse still recovers so a run-time render never fails. */
  issues: TemplateIssue[];
  /** Every placeholder and section name used, in order of first use. */
  fields: string[];
  /** Where each name is first used (offset of its "{{"). */
  fieldOffsets: Record<string, number>;
}

const NAME = /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*$/;
const TAG = /\{\{([\s\S]*?)\}\}/g;

export function parseTemplate(source: string): ParsedTemplate {
  const root: TemplateNode[] = [];
  const stack: { name: string; inverted: boolean; children: TemplateNode[]; offset: number }[] = [];
  const issues: TemplateIssue[] = [];
  const fields: string[] = [];
  const fieldOffsets: Record<string, number> = {};
  const current = () => (stack.length ? stack[stack.length - 1]!.children : root);
  const use = (name: string, offset: number) => {
    if (fields.includes(name)) return;
    fields.push(name);
    fieldOffsets[name] = offset;
  };
  const pushText = (text: string, offset: number) => {
    if (!text) return;
    const stray = text.search(/\{\{|\}\}/);
    if (stray >= 0) issues.push({ message: `Unmatched braces "${text.slice(stray, stray + 2)}"`, offset: offset + stray });
    current().push({ kind: 'text', text });
  };

  let last = 0;
  for (const m of source.matchAll(TAG)) {
    const offset = m.index;
    pushText(source.slice(last, offset), last);
    last = offset + m[0].length;
    const inner = m[1]!.trim();
    const sigil = inner[0];
    if (sigil === '#' || sigil === '^' || sigil === '/') {
      const name = inner.slice(1).trim();
      if (!NAME.test(name)) {
        issues.push({ message: `"${m[0]}" is not a valid section tag`, offset });
        continue;
      }
      use(name, offset);
      if (sigil === '/') {
        const open = stack[stack.length - 1];
        if (!open || open.name !== name) {
          issues.push({ message: `"{{/${name}}}" closes a section that is not open${open ? ` (open: "${open.name}")` : ''}`, offset });
          continue;
        }
        stack.pop();
        current().push({ kind: 'section', name, inverted: open.inverted, children: open.children });
      } else {
        stack.push({ name, inverted: sigil === '^', children: [], offset });
      }
      continue;
    }
    const bar = inner.indexOf('|');
    const name = (bar >= 0 ? inner.slice(0, bar) : inner).trim();
    if (!NAME.test(name)) {
      issues.push({ message: `"${m[0]}" is not a valid placeholder`, offset });
      continue;
    }
    use(name, offset);
    const node: TemplateNode = { kind: 'field', name };
    if (bar >= 0) node.fallback = inner.slice(bar + 1).trim();
    current().push(node);
  }
  pushText(source.slice(last), last);

  // Close what was left open so rendering still works; the author is told at save time.
  while (stack.length) {
    const open = stack.pop()!;
    issues.push({ message: `Section "{{${open.inverted ? '^' : '#'}${open.name}}}" is never closed with "{{/${open.name}}}"`, offset: open.offset });
    current().push({ kind: 'section', name: open.name, inverted: open.inverted, children: open.children });
  }
  return { nodes: root, issues, fields, fieldOffsets };
}

/** Save-time check: syntax problems plus placeholder names Segue does not know. */
export function checkTemplate(source: string): TemplateIssue[] {
  const parsed = parseTemplate(source);
  const issues = [...parsed.issues];
  for (const name of parsed.fields) {
    if (!isKnownTemplateField(name)) issues.push({ message: `Unknown placeholder "${name}"`, offset: parsed.fieldOffsets[name]! });
  }
  return issues;
}

const cache = new Map<string, ParsedTemplate>();
function parsedCached(source: string): ParsedTemplate {
  let parsed = cache.get(source);
  if (!parsed) {
    if (cache.size > 1000) cache.clear();
    parsed = parseTemplate(source);
    cache.set(source, parsed);
  }
  return parsed;
}

export interface RenderedText {
  text: string;
  /** Placeholders that rendered empty: absent from the prospect or sender, with no fallback. */
  missingFields: string[];
  /** Placeholders that were absent and replaced by their fallback text. */
  fallbacksUsed: string[];
  /** Placeholder names Segue does not know; rendered as nothing. */
  unknownFields: string[];
}

/** Renders one template string and tidies the result. */
export function renderText(source: string, ctx: TemplateContext): RenderedText {
  const out: RenderedText = { text: '', missingFields: [], fallbacksUsed: [], unknownFields: [] };
  const add = (list: string[], name: string) => {
    if (!list.includes(name)) list.push(name);
  };
  const lookup = (name: string): string | undefined => {
    if (!isKnownTemplateField(name)) {
      add(out.unknownFields, name);
      return undefined;
    }
    return resolveTemplateField(ctx, name);
  };
  const parts: string[] = [];
  const walk = (nodes: TemplateNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'text') parts.push(node.text);
      else if (node.kind === 'field') {
        const value = lookup(node.name);
        if (value !== undefined) parts.push(value);
        else if (node.fallback !== undefined && isKnownTemplateField(node.name)) {
          parts.push(node.fallback);
          add(out.fallbacksUsed, node.name);
        } else if (isKnownTemplateField(node.name)) add(out.missingFields, node.name);
      } else {
        const present = lookup(node.name) !== undefined;
        if (present !== node.inverted) walk(node.children);
      }
    }
  };
  walk(parsedCached(source).nodes);
  out.text = tidyText(parts.join(''));
  return out;
}

const GREETING_ALONE = /^(hi|hey|hello|hallo|hej|dear|good (?:morning|afternoon|evening))\s*([,!:])$/i;

/** Tidies rendered text so nothing shows where a value was missing. */
export function tidyText(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/\{\{|\}\}/g, '')
    .split('\n')
    .map((line) => {
      let l = line
        .replace(/[ \t\u00a0]+/g, ' ')
        .replace(/\(\s*\)/g, '')
        .replace(/ +([,.;:!?)])/g, '$1')
        .replace(/\( +/g, '(')
        .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
        .replace(/[,;:]\s*([.!?])/g, '$1')
        .replace(/ {2,}/g, ' ')
        .trim()
        .replace(/^[,;:]\s*/, '');
      const greeting = GREETING_ALONE.exec(l);
      if (greeting) {
        const word = greeting[1]!;
        const mark = greeting[2]!;
        l = /^dear$/i.test(word) ? `Hello${mark}` : /^good /i.test(word) ? `${word}${mark}` : `${word} there${mark}`;
      }
      return l;
    });
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * Cuts text to at most `limit` UTF-16 units: at the last sentence or paragraph end when that keeps at least half,
 * otherwise at the last word boundary with an ellipsis. Never splits a surrogate pair.
 */
export function truncateText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const head = text.slice(0, limit);
  let sentenceEnd = -1;
  for (const m of head.matchAll(/[.!?](?=\s|$)|\n/g)) sentenceEnd = m[0] === '\n' ? m.index : m.index + 1;
  if (sentenceEnd >= limit * 0.5) return head.slice(0, sentenceEnd).trimEnd();
  const room = text.slice(0, limit - 1);
  const space = room.search(/\s\S*$/);
  let cut = space > 0 ? room.slice(0, space) : room;
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd().replace(/[\s,;:\-–—]+$/, '')}…`;
}

export interface RenderedMessage {
  text: string;
  subject?: string;
  /** Length of `text` after any trim. */
  length: number;
  /** The channel's body limit; null when it has none. */
  limit: number | null;
  /** The rendering (before any trim) was longer than the limit. */
  overLimit: boolean;
  /** The body was cut to the channel's hard limit. */
  truncated?: boolean;
  subjectLength?: number;
  subjectLimit?: number;
  subjectOverLimit?: boolean;
  subjectTruncated?: boolean;
  missingFields: string[];
  fallbacksUsed: string[];
  unknownFields: string[];
}

export interface RenderableTemplate {
  channel: Channel;
  subject?: string;
  body: string;
}

/** Renders a template's subject and body for its channel, enforcing the channel's limits. */
export function renderTemplate(template: RenderableTemplate, ctx: TemplateContext): RenderedMessage {
  const limits = CHANNEL_LIMITS[template.channel];
  const body = renderText(template.body, ctx);
  const merge = (a: string[], b: string[]) => [...a, ...b.filter((x) => !a.includes(x))];
  const result: RenderedMessage = {
    text: body.text,
    length: body.text.length,
    limit: limits.body ?? null,
    overLimit: limits.body !== undefined && body.text.length > limits.body,
    missingFields: body.missingFields,
    fallbacksUsed: body.fallbacksUsed,
    unknownFields: body.unknownFields,
  };
  if (result.overLimit && limits.hard) {
    result.text = truncateText(body.text, limits.body!);
    result.length = result.text.length;
    result.truncated = true;
  }
  if (limits.hasSubject && template.subject !== undefined) {
    const subject = renderText(template.subject, ctx);
    let text = subject.text.replace(/\s*\n\s*/g, ' ');
    result.subjectLength = text.length;
    if (limits.subject !== undefined) {
      result.subjectLimit = limits.subject;
      result.subjectOverLimit = text.length > limits.subject;
      if (result.subjectOverLimit && limits.hard) {
        text = truncateText(text, limits.subject);
        result.subjectLength = text.length;
        result.subjectTruncated = true;
      }
    }
    result.subject = text;
    result.missingFields = merge(result.missingFields, subject.missingFields);
    result.fallbacksUsed = merge(result.fallbacksUsed, subject.fallbacksUsed);
    result.unknownFields = merge(result.unknownFields, subject.unknownFields);
  }
  return result;
}
