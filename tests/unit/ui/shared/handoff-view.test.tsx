// The hand-off card shows marketing's note and the talking points picked; only the owner gets Accept and Return.
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, settingsRepo } from '../../../../src/db/default-database';
import { offerHandoff } from '../../../../src/domain/handoff';
import { starterSegments } from '../../../../src/domain/segments/starter-segments';
import { HandoffView } from '../../../../src/ui/shared/handoff-view';
import { clearDatabase, seedProspects } from '../../../support/dashboard/dashboard-harness';

const segment = starterSegments()[0]!;
const sam = { name: 'Sam Rivera', email: 'sam@example.com' };

beforeEach(clearDatabase);
afterEach(() => cleanup());

async function handed() {
  const [prospect] = await seedProspects(1);
  await database().handoffs.add(offerHandoff({
    id: 'h1', prospectId: prospect!.id, from: { name: 'Mia Chen' }, owner: sam, note: 'Asked for pricing.',
    segmentId: segment.id, talkingPointIds: [segment.talkingPoints[1]!.id], now: Date.now(),
  }));
  return prospect!;
}

describe('HandoffView', () => {
  it('shows the owner marketing\'s note, the picked talking point, Accept and Return', async () => {
    const prospect = await handed();
    await settingsRepo().set('team', [{ id: 's', ...sam, role: 'rep', isMe: true }]);
    render(<HandoffView prospect={prospect} segments={[segment]} />);
    await waitFor(() => expect(screen.getByTestId('handoff-note').textContent).toBe('Asked for pricing.'));
    expect(screen.getByRole('heading').textContent).toBe('Handed to you');
    expect(screen.getByTestId('handoff-points').querySelectorAll('li')).toHaveLength(1);
    expect(screen.getByTestId('handoff-accept')).toBeTruthy();
    expect(screen.getByTestId('handoff-return')).toBeTruthy();
  });

  it('shows marketing whom it was handed to, without the owner\'s buttons', async () => {
    const prospect = await handed();
    await settingsRepo().set('team', [{ id: 'm', name: 'Mia Chen', role: 'marketing', isMe: true }, { id: 's', ...sam, role: 'rep' }]);
    render(<HandoffView prospect={prospect} segments={[segment]} />);
    await waitFor(() => expect(screen.getByRole('heading').textContent).toBe('Handed to Sam Rivera'));
    expect(screen.queryByTestId('handoff-accept')).toBeNull();
    expect(screen.queryByTestId('handoff-return')).toBeNull();
  });

  it('shows nothing for a prospect never handed', async () => {
    const [prospect] = await seedProspects(1);
    const { container } = render(<HandoffView prospect={prospect!} segments={[segment]} />);
    await new Promise((r) => setTimeout(r, 50));
    expect(container.textContent).toBe('');
  });
});
