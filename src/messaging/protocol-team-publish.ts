// Team sync in an open page (part of the one protocol map, see protocol.ts): the page's mirror brought hand-offs
// from the team server into Segue's database; the background recounts the toolbar badge.
export interface TeamPublishProtocol {
  'team.mirrored': { request: Record<string, never>; response: { ok: true } };
}
