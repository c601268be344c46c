// Team documents built from the shared contracts (domain/packs, domain/handoff), for tests of team sync.
import { offerHandoff, acceptHandoff, returnHandoff, type Handoff } from '../../../src/domain/handoff';
import { buildPack } from '../../../src/domain/packs/pack';
import type { Prospect } from '../../../src/domain/prospect';
import { starterSegments } from '../../../src/domain/segments/starter-segments';
import { handoffDocId, packDocId, type HandoffDoc, type PackDoc } from '../../../src/domain/team/team-docs';
import { generateProspects } from '../db/generate';

/** A pack of one real (starter) segment under this pack's own segment id. */
export function packDoc(packId: string, version: string, name: string, publishedBy = 'maria', publishedAt = Date.UTC(2026, 11, 1)): PackDoc {
  const base = starterSegments()[0]!;
  const segment = { ...base, id: `${packId}-leaders`, name: `${name}: leaders` };
  return {
    _id: packDocId(packId), type: 'pack', packId, publishedBy,
    pack: buildPack({ id: packId, name, version, publisher: 'Acme marketing', releaseNotes: '' }, [segment], publishedAt),
  };
}

export function handoffDoc(id: string, options: { from?: string; owner?: string; prospect?: Prospect; now?: number } = {}): HandoffDoc {
  const prospect = options.prospect ?? { ...generateProspects(1, 42)[0]!, id: `prospect-${id}` };
  const from = options.from ?? 'maria';
  const owner = options.owner ?? 'rob';
  const handoff = offerHandoff({
    id, prospectId: prospect.id, from: { name: from }, owner: { name: owner }, note: 'Met at the fintech expo', now: options.now ?? Date.UTC(2026, 11, 2),
  });
  return { _id: handoffDocId(id), type: 'handoff', handoffId: id, state: 'offered', from, owner, handoff, prospects: [prospect], notes: [], segments: [] };
}

/** The same hand-off moved by its owner (accept / return), as the owner's Segue would write it. */
export function moved(doc: HandoffDoc, action: 'accept' | 'return', now = Date.UTC(2026, 11, 3)): HandoffDoc {
  const actor = doc.handoff.owner;
  const handoff: Handoff = action === 'accept' ? acceptHandoff(doc.handoff, actor, now) : returnHandoff(doc.handoff, actor, 'not_a_fit', '', now);
  return { ...doc, handoff, state: handoff.state };
}
