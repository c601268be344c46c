// Hand-offs from marketing to sales (part of the one protocol map, see protocol.ts). The pages read hand-offs from
// Dexie directly; every change goes through the background, which writes the timeline and refreshes the badge.
import type { HandoffImportSummary } from '../db/handoffs-repo';
import type { Handoff, HandoffFile, PersonRef, ReturnReason, StageRuleSettings, TeamMember } from '../domain/handoff';
import type { ValidationIssue } from '../domain/validation';

/** What importing a hand-off file would do, counted, with the names of the prospects it brings. */
export interface HandoffPreviewDto {
  owner: PersonRef;
  exportedBy?: PersonRef;
  add: number;
  update: number;
  same: number;
  newProspects: string[];
  newSegments: string[];
  /** Hand-offs in the file, with the prospect's name: what the preview lists. */
  rows: { id: string; prospectName: string; state: Handoff['state']; effect: 'add' | 'update' | 'same'; returnReason?: string }[];
}

export type HandoffFileCheck = { ok: true; preview: HandoffPreviewDto } | { ok: false; issues: ValidationIssue[] };
export type HandoffImportResponse = { ok: true; summary: HandoffImportSummary } | { ok: false; issues: ValidationIssue[] };

export interface HandoffProtocol {
  /** Hand a prospect to a rep: the hand-off is offered and the prospect moves to handed_to_sales. */
  'handoff.offer': {
    request: { prospectId: string; owner: PersonRef; note: string; segmentId?: string; talkingPointIds?: string[] };
    response: { handoff: Handoff };
  };
  /** The owner ("this is me") accepts. */
  'handoff.accept': { request: { id: string }; response: { handoff: Handoff } };
  /** The owner returns it with a reason key (Settings → Hand-off) and optional words. */
  'handoff.return': { request: { id: string; reason: string; note?: string }; response: { handoff: Handoff } };
  /** The hand-off file for one owner, ready to download. */
  'handoff.export': { request: { owner: PersonRef }; response: { file: HandoffFile; fileName: string } };
  /** Check a hand-off file and say what importing it would do; nothing is written. */
  'handoff.preview': { request: { text: string }; response: HandoffFileCheck };
  /** Import a hand-off file (checked again); its prospects are matched to the segments. */
  'handoff.import': { request: { text: string }; response: HandoffImportResponse };

  'settings.setTeam': { request: { team: TeamMember[] }; response: { team: TeamMember[] } };
  'settings.setReturnReasons': { request: { reasons: ReturnReason[] }; response: { reasons: ReturnReason[] } };
  'settings.setStageRules': { request: { rules: StageRuleSettings }; response: { rules: StageRuleSettings } };
}
