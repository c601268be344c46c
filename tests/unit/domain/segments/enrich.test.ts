import { describe, expect, it } from 'vitest';
import { enrichProspect } from '../../../../src/domain/segments/enrich';
import { geschaeftsfuehrer, prospect, vpSales } from '../../../support/segments';

describe('enrichProspect', () => {
  it('fills seniority and department from the title with the shared title parser', () => {
    const filled = enrichProspect(geschaeftsfuehrer);
    expect(filled.seniority).toBe('c_suite');
    expect(filled.department).toBe('executive');
    expect(geschaeftsfuehrer.seniority).toBeUndefined(); // the input is not mutated
    const vp = enrichProspect(prospect({ title: 'VP of Sales' }));
    expect([vp.seniority, vp.department]).toEqual(['vp', 'sales']);
  });

  it('never overwrites values already set, and falls back to the headline', () => {
    const parse = (text: string) => (text === 'Talent Partner' ? {} : { seniority: 'manager' as const, department: 'hr' as const });
    expect(enrichProspect({ ...vpSales, department: undefined }, parse)).toMatchObject({ seniority: 'vp', department: 'hr' });
    expect(enrichProspect(prospect({ title: 'Talent Partner', headline: 'People Manager' }), parse)).toMatchObject({ seniority: 'manager', department: 'hr' });
    expect(enrichProspect(vpSales, () => { throw new Error('not called'); })).toBe(vpSales);
  });

  it('ignores unknown and other', () => {
    const filled = enrichProspect(prospect({ title: 'Something' }), () => ({ seniority: 'unknown', department: 'other' }));
    expect(filled.seniority).toBeUndefined();
    expect(filled.department).toBeUndefined();
  });
});

describe('departments: a title naming two functions matches rules on either', () => {
  it('keeps the ranked departments of the title, primary first, when the primary is the department', () => {
    const p = enrichProspect(prospect({ title: 'Head of Sales & Partnerships' }));
    expect(p.department).toBe('sales');
    expect(p.departments).toEqual(['sales', 'business_development']);
    const captured = enrichProspect(prospect({ title: 'Head of Sales & Partnerships', seniority: 'head', department: 'sales' }));
    expect(captured.departments).toEqual(['sales', 'business_development']);
  });

  it('does not add the title\'s functions to a department the rep set to something else', () => {
    const p = enrichProspect(prospect({ title: 'Head of Sales & Partnerships', seniority: 'head', department: 'marketing' }));
    expect(p.departments).toBeUndefined();
  });
});
