// Benchmark: 100,000 synthetic prospects × 50 distinct segments, plus 10,000 renders. Not a unit test; run with
//   npx tsx tests/bench/match-standalone.ts          (N=20000 npx tsx … for a shorter run)
// For figures closer to the extension build, bundle it first: npx esbuild … --bundle --platform=node, then node.
import { starterSegments } from '../../src/domain/segments/starter-segments';
import { compileSegments } from '../../src/domain/segments/match';
import { renderTemplate } from '../../src/domain/messages/render-template';
import type { ProspectFields } from '../../src/domain/prospect';
import type { Segment, Rule } from '../../src/domain/segments/segment-schema';
let seed = 42; const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T,>(a: readonly T[]) => a[Math.floor(rnd() * a.length)]!;
const base = starterSegments();
// 50 distinct segments: each starter varied (size ranges, list subsets, thresholds), so few tests are shared by chance.
function vary(rule: Rule, k: number): Rule {
  if ('op' in rule) return { ...rule, rules: rule.rules.map((r) => vary(r, k)) };
  const r: any = structuredClone(rule);
  if (r.type === 'company_size') { if (r.min !== undefined) r.min = Math.round(r.min * (0.5 + (k % 5) * 0.25)); if (r.max !== undefined) r.max = Math.round(r.max * (0.8 + (k % 4) * 0.3)); }
  for (const key of ['values', 'keywords', 'tags']) if (Array.isArray(r[key]) && r[key].length > 2) r[key] = r[key].filter((_: unknown, i: number) => (i + k) % 4 !== 0);
  r.weight = Math.max(0, r.weight + (k % 3) * 5 - 5);
  return r;
}
const segs: Segment[] = Array.from({ length: 50 }, (_, k) => { const s = base[k % base.length]!; return { ...structuredClone(s), id: `${s.id}-${k}`, threshold: 45 + (k % 4) * 5, rules: vary(s.rules, k) as any }; });
const senWords = [['VP of', 'vp'], ['Head of', 'head'], ['Director of', 'director'], ['Senior', 'senior'], ['Chief', 'c_suite'], ['Manager,', 'manager'], ['Lead', 'manager'], ['', 'entry']] as const;
const fns = [['Sales', 'sales'], ['Marketing', 'marketing'], ['Engineering', 'engineering'], ['Finance', 'finance'], ['People', 'hr'], ['Revenue Operations', 'operations'], ['Product', 'product'], ['Customer Success', 'customer_success'], ['IT', 'it'], ['Information Security', 'it'], ['Data', 'data'], ['Growth', 'marketing'], ['Demand Generation', 'marketing'], ['Business Development', 'business_development']] as const;
const suffixes = ['', ' EMEA', ' DACH', ' North America', ' – Enterprise', ' & Partnerships', ' (Interim)'];
const extra = [['Co-Founder & CEO', 'founder', 'executive'], ['Geschäftsführer', 'c_suite', 'executive'], ['Gründerin', 'founder', 'executive'], ['CFO', 'c_suite', 'finance'], ['Directrice Marketing', 'director', 'marketing'], ['Engineering Manager', 'manager', 'engineering'], ['Account Executive', 'entry', 'sales'], ['Technical Recruiter', 'entry', 'hr']] as const;
const inds = ['Computer Software', 'Financial Services', 'Hospital & Health Care', 'Internet', 'Marketing and Advertising', 'Information Technology and Services', 'Banking', 'Insurance', 'Retail', 'Automotive', 'Telecommunications', 'Logistics & Supply Chain', 'E-Learning', 'Fintech', 'Government Administration', 'Maschinenbau', 'Software Development', 'Consumer Goods', 'Real Estate', 'Biotechnology'];
const locs = [{ city: 'Berlin', country: 'Germany' }, { raw: 'Austin, TX' }, { city: 'London', country: 'UK' }, { raw: 'São Paulo, Brazil' }, { raw: 'München, Bayern, Deutschland' }, { city: 'Zürich', country: 'CH' }, { raw: 'Greater Paris Metropolitan Region' }, { raw: 'San Francisco Bay Area' }, { city: 'Toronto', region: 'Ontario', country: 'Canada' }, { raw: 'Stockholm, Sweden' }, { raw: 'Bengaluru, Karnataka, India' }, { city: 'New York', region: 'NY', country: 'US' }, { raw: 'Amsterdam, North Holland, Netherlands' }, { raw: 'Dublin, Ireland' }, { raw: 'Sydney, NSW, Australia' }, { raw: 'Wien, Österreich' }];
const N = Number(process.env.N ?? 100_000);
const prospects: ProspectFields[] = Array.from({ length: N }, (_, i) => {
  let title: string, seniority: any, department: any;
  if (rnd() < 0.15) { const e = pick(extra); [title, seniority, department] = [e[0], e[1], e[2]]; }
  else { const s = pick(senWords); const f = pick(fns); title = `${s[0]} ${f[0]}${pick(suffixes)}`.trim(); seniority = s[1]; department = f[1]; }
  const company = `Company${Math.floor(rnd() * 20000)}`;
  return {
    fullName: `Person ${i}`, firstName: rnd() < 0.9 ? `P${i}` : undefined, title, headline: rnd() < 0.6 ? `${title} at ${company} | B2B SaaS | ${pick(['pipeline', 'ABM', 'GDPR', 'platform', 'hiring'])}` : undefined,
    seniority: rnd() < 0.9 ? seniority : undefined, department: rnd() < 0.9 ? department : undefined,
    company, industry: rnd() < 0.85 ? pick(inds) : undefined, companySize: rnd() < 0.8 ? Math.floor(rnd() * 5000) : undefined, location: rnd() < 0.9 ? pick(locs) : undefined,
    emails: rnd() < 0.7 ? [rnd() < 0.7 ? `p${i}@${company.toLowerCase()}.com` : `p${i}@gmail.com`] : [], phones: [], profiles: rnd() < 0.2 ? { github: 'https://github.com/x' } : {}, tags: rnd() < 0.1 ? ['startup'] : [], notes: '',
  } as ProspectFields;
});
const matcher = compileSegments(segs);
const tests = new Set(matcher.segments.flatMap((s) => s.rules.leaves.map((l) => l.testKey))).size;
const leaves = matcher.segments.reduce((a, s) => a + s.rules.leaves.length, 0);
console.log(`segments ${segs.length}, leaves ${leaves}, distinct tests ${tests}, distinct titles ${new Set(prospects.map((p) => p.title)).size}`);
for (let i = 0; i < 2000; i++) matcher.match(prospects[i]!);
for (const mode of (process.env.MODES ?? 'match,score').split(',') as ('match' | 'score')[]) {
  let matched = 0; const c0 = process.cpuUsage(); const t0 = performance.now();
  for (const p of prospects) { const r = matcher[mode](p); if (r[0]!.matched) matched++; }
  const t1 = performance.now(); const cpu = process.cpuUsage(c0);
  console.log(`${mode}: ${N} x ${segs.length}: wall ${(t1 - t0).toFixed(0)} ms, cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms, ${matched} matched`);
}
const templates = base.flatMap((s) => s.templates);
const sender = { name: 'Sam Rivera', company: 'Segue', meetingLink: 'https://cal.example/sam' };
const c2 = process.cpuUsage(); const t2 = performance.now(); let len = 0;
for (let i = 0; i < 10_000; i++) { const t = templates[i % templates.length]!; len += renderTemplate(t, { prospect: prospects[i % N]!, sender, segment: { id: 'x', name: 'X' } }).length; }
const cpu2 = process.cpuUsage(c2);
console.log(`render: 10000 renders wall ${(performance.now() - t2).toFixed(0)} ms, cpu ${((cpu2.user + cpu2.system) / 1000).toFixed(0)} ms (avg length ${(len / 10000).toFixed(0)})`);
