// The background's answers to the hand-off messages (protocol-handoff.ts): the hand-offs repository does the work;
// afterwards the toolbar badge shows how many hand-offs wait for "me".
import type { SegueDatabase } from '../db/database';
import { database } from '../db/default-database';
import { HandoffsRepo } from '../db/handoffs-repo';
import { ProspectsRepo } from '../db/prospects-repo';
import { SegmentsRepo } from '../db/segments-repo';
import { SettingsRepo } from '../db/settings-repo';
import { withQuotaGuard } from '../db/storage-health';
import {
  handoffFileName, HandoffError, parseHandoffFile, reasonKey, returnReasonProblems, stageRuleSettings, teamProblems, type HandoffFile,
  type TeamMember,
} from '../domain/handoff';
import { compileSegments } from '../domain/segments/match';
import type { Handlers } from '../messaging/router';
import type { HandoffPreviewDto, HandoffProtocol } from '../messaging/protocol-handoff';
import { matchedSegmentIds } from './dashboard-handlers';

export interface HandoffDeps {
  db: () => SegueDatabase;
  now: () => number;
  /** Called after every change that can change the number of hand-offs waiting for me. */
  refreshBadge: () => Promise<void>;
}

async function rematch(db: SegueDatabase, prospectIds: readonly string[]): Promise<void> {
  const prospects = new ProspectsRepo(db);
  const matcher = compileSegments(await new SegmentsRepo(db).list());
  for (const id of prospectIds) {
    const record = await prospects.get(id);
    if (record) await prospects.setSegmentIds(id, matchedSegmentIds(matcher, record));
  }
}

function cleanTeam(team: readonly TeamMember[]): TeamMember[] {
  return team.map((m) => ({
    id: m.id || crypto.randomUUID(), name: m.name.trim(), role: m.role,
    ...(m.email?.trim() ? { email: m.email.trim() } : {}), ...(m.isMe ? { isMe: true } : {}),
  }));
}

export function handoffHandlers(deps: HandoffDeps): Pick<Handlers, keyof HandoffProtocol> {
  const repo = () => new HandoffsRepo(deps.db(), deps.now);
  const settings = () => new SettingsRepo(deps.db());
  const after = async <T>(result: T): Promise<T> => {
    await deps.refreshBadge().catch((err: unknown) => console.error('Segue: badge failed', err));
    return result;
  };
  const checked = (text: string): HandoffFile => {
    const result = parseHandoffFile(text);
    if (!result.ok) throw new HandoffError(`This hand-off file cannot be read: ${result.issues.slice(0, 5).map((i) => `${i.path || '(file)'}: ${i.message}`).join('; ')}`);
    return result.file;
  };
  return {
    'handoff.offer': (request) => withQuotaGuard(async () => after({ handoff: await repo().offer(request) })),
    'handoff.accept': async ({ id }) => after({ handoff: await repo().accept(id) }),
    'handoff.return': async ({ id, reason, note }) => after({ handoff: await repo().giveBack(id, reason, note ?? '') }),
    'handoff.export': async ({ owner }) => {
      const file = await repo().exportFor(owner);
      if (file.handoffs.length === 0) throw new HandoffError(`Nothing is handed to ${owner.name} yet.`);
      return { file, fileName: handoffFileName(owner, deps.now()) };
    },
    'handoff.preview': async ({ text }) => {
      const parsed = parseHandoffFile(text);
      if (!parsed.ok) return { ok: false as const, issues: parsed.issues };
      const preview = await repo().preview(parsed.file);
      const names = new Map(parsed.file.prospects.map((p) => [p.id, p.fullName]));
      const effect = new Map([...preview.add.map((h) => [h.id, 'add'] as const), ...preview.update.map((h) => [h.id, 'update'] as const), ...preview.same.map((h) => [h.id, 'same'] as const)]);
      const dto: HandoffPreviewDto = {
        owner: parsed.file.owner,
        ...(parsed.file.exportedBy ? { exportedBy: parsed.file.exportedBy } : {}),
        add: preview.add.length, update: preview.update.length, same: preview.same.length,
        newProspects: preview.newProspects.map((p) => p.fullName),
        newSegments: preview.newSegments.map((s) => s.name),
        rows: parsed.file.handoffs.map((h) => ({
          id: h.id, prospectName: names.get(h.prospectId) ?? h.prospectId, state: h.state, effect: effect.get(h.id) ?? 'same',
          ...(h.returnReason ? { returnReason: h.returnReason } : {}),
        })),
      };
      return { ok: true as const, preview: dto };
    },
    'handoff.import': ({ text }) => withQuotaGuard(async () => {
      const parsed = parseHandoffFile(text);
      if (!parsed.ok) return { ok: false as const, issues: parsed.issues };
      const { prospectIds, ...summary } = await repo().importFile(checked(text));
      await rematch(deps.db(), prospectIds);
      return after({ ok: true as const, summary });
    }),
    'settings.setTeam': async ({ team }) => {
      const clean = cleanTeam(team);
      const problems = teamProblems(clean);
      if (problems.length) throw new HandoffError(problems.map((p) => p.message).join('; '));
      await settings().set('team', clean);
      return after({ team: clean });
    },
    'settings.setReturnReasons': async ({ reasons }) => {
      const clean = reasons.map((r) => ({ key: r.key || reasonKey(r.label), label: r.label.trim() }));
      const problems = returnReasonProblems(clean);
      if (problems.length) throw new HandoffError(problems.join('; '));
      await settings().set('returnReasons', clean);
      return { reasons: clean };
    },
    'settings.setStageRules': async ({ rules }) => {
      const clean = stageRuleSettings(rules);
      await settings().set('stageRules', clean);
      return { rules: clean };
    },
  };
}
