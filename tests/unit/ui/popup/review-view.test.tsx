// The review lets the rep correct what the capture guessed: seniority, department, profiles and tags.
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { ProspectDraft } from '../../../../src/domain/prospect';
import { ReviewView } from '../../../../src/ui/popup/review-view';
import { makeDraft } from '../../../support/db/drafts';

const draft = () => makeDraft({
  fullName: 'Ada Ashgrove', title: 'VP of Sales', company: 'Northwind Labs',
  profiles: { twitter: 'https://twitter.com/ada' }, tags: ['event'],
});

function renderReview() {
  const onSave = vi.fn<(d: ProspectDraft) => void>();
  render(<ReviewView draft={draft()} saving={false} error={null} onSave={onSave} onCancel={() => undefined} />);
  return onSave;
}
const control = (name: string) => document.querySelector(`[name="${name}"]`) as HTMLInputElement | HTMLSelectElement;
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save prospect' }));

describe('ReviewView corrections', () => {
  it('saves the title\'s guess for seniority and department unless the rep picks another', () => {
    const onSave = renderReview();
    expect(control('seniority').value).toBe('vp');
    expect(control('department').value).toBe('sales');
    fireEvent.change(control('seniority'), { target: { value: 'director' } });
    fireEvent.change(control('department'), { target: { value: 'marketing' } });
    // A title edit afterwards does not undo the rep's pick.
    fireEvent.input(control('title'), { target: { value: 'Head of Engineering' } });
    save();
    expect(onSave.mock.calls[0]![0].fields).toMatchObject({ seniority: 'director', department: 'marketing' });
    expect(onSave.mock.calls[0]![0].fieldSources).toMatchObject({ seniority: 'manual', department: 'manual' });
  });

  it('edits, adds and removes profiles, and edits tags', () => {
    const onSave = renderReview();
    fireEvent.input(control('profile-linkedin'), { target: { value: 'https://www.linkedin.com/in/ada-ashgrove' } });
    fireEvent.input(control('profile-twitter'), { target: { value: '' } });
    fireEvent.input(control('tags'), { target: { value: 'event, Q3 , event' } });
    save();
    expect(onSave.mock.calls[0]![0].fields).toMatchObject({
      profiles: { linkedin: 'https://www.linkedin.com/in/ada-ashgrove' }, tags: ['event', 'Q3'],
    });
    expect(onSave.mock.calls[0]![0].fields.profiles).not.toHaveProperty('twitter');
  });

  it('completes a profile typed without https:// on a profile site', () => {
    const onSave = renderReview();
    fireEvent.input(control('profile-linkedin'), { target: { value: 'linkedin.com/in/ada' } });
    fireEvent.input(control('profile-twitter'), { target: { value: 'x.com/ada' } });
    expect(screen.queryByRole('alert')).toBeNull();
    save();
    expect(onSave.mock.calls[0]![0].fields.profiles).toEqual({ linkedin: 'https://linkedin.com/in/ada', twitter: 'https://x.com/ada' });
  });

  it('refuses a profile that is not a web address, with the dashboard\'s message', () => {
    const onSave = renderReview();
    fireEvent.input(control('profile-linkedin'), { target: { value: 'ada at linkedin' } });
    expect(screen.getByRole('alert').textContent).toBe('Enter a full address starting with https://');
    expect((screen.getByRole('button', { name: 'Save prospect' }) as HTMLButtonElement).disabled).toBe(true);
    save();
    expect(onSave).not.toHaveBeenCalled();
  });
});
