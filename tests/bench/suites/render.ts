// render.10k: 10,000 message renders (every starter template, varied prospects and senders) against 10,000 plain
// String.replace passes filling the same placeholders from a ready-made map (no sections, fallbacks or limits).
import { generateProspects } from '../../support/db/generate';
import { renderTemplate } from '../../../src/domain/messages/render-template';
import { starterSegments } from '../../../src/domain/segments/starter-segments';
import { figure, type Suite } from '../harness';
import { consume, timePairs } from '../support/timing';

const RENDERS = 10_000;
const LIMITS = { min: 9, max: 41 };
const PLACEHOLDER = /\{\{\s*[#^/]?\s*([\w.]+)\s*(?:\|([^}]*))?\}\}/g;

export const renderSuite: Suite = {
  figures: ['render.10k'],
  run: async () => {
    const segments = starterSegments();
    const templates = segments.flatMap((s) => s.templates.map((t) => ({ t, segment: { id: s.id, name: s.name } })));
    const prospects = generateProspects(1000, 11);
    const senders = [
      { name: 'Sam Rivera', title: 'Account Executive', company: 'Segue Demo Co', meetingLink: 'https://cal.example/sam' },
      { name: 'Lea Brandt', company: 'Segue Demo Co', signature: 'Lea Brandt\nSegue Demo Co\n+49 30 5550 1234' },
      {},
    ];
    const jobs = Array.from({ length: RENDERS }, (_, i) => ({
      ...templates[i % templates.length]!,
      ctx: { prospect: prospects[i % prospects.length]!, sender: senders[i % senders.length]!, segment: templates[i % templates.length]!.segment },
    }));
    // The baseline's values, looked up ahead of time: it measures only the replacing.
    const values = jobs.map(({ ctx }) => {
      const p = ctx.prospect;
      const s = ctx.sender as Record<string, string | undefined>;
      const map: Record<string, string> = {
        firstName: p.firstName ?? '', lastName: p.lastName ?? '', fullName: p.fullName, company: p.company ?? '', title: p.title ?? '',
        'segment.name': ctx.segment.name,
      };
      for (const key of ['name', 'title', 'company', 'signature', 'meetingLink']) map[`sender.${key}`] = s[key] ?? '';
      return map;
    });

    const { a: render, b: replace } = timePairs(() => {
      let n = 0;
      for (const job of jobs) n += renderTemplate(job.t, job.ctx).length;
      consume(n);
    }, () => {
      let n = 0;
      for (let i = 0; i < jobs.length; i++) {
        const map = values[i]!;
        const fill = (_m: string, name: string, fallback?: string) => map[name] || fallback || '';
        const t = jobs[i]!.t;
        n += t.body.replace(PLACEHOLDER, fill).length + (t.subject ? t.subject.replace(PLACEHOLDER, fill).length : 0);
      }
      consume(n);
    }, LIMITS);
    const f = figure('render.10k', render, 'ms', { name: '10,000 plain String.replace', value: replace },
      `${templates.length} starter templates × 1,000 generated prospects × 3 senders, ${render.length} rounds`);
    f.note += `; ${((f.value * 1000) / RENDERS).toFixed(1)} µs per render`;
    return [f];
  },
};
