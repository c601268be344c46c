// What reads as a person's name on a page. Found in a sweep of unlabelled real pages: partner and client grids of
// companies ("… GmbH", "… Ltd") read as people.
import { describe, expect, it } from 'vitest';
import { looksLikePersonName } from '../../../../src/adapters/shared/text';

describe('a company is not a person', () => {
  it.each(['Almstedt Pflege GmbH', 'Harbor Tech Ltd', 'Kestrel Robotics Inc.', 'Lumen Holdings', 'Fabrikam Consulting LLC', 'Tailspin Trading Pty Ltd', 'Contoso S.r.l.', 'Northwind B.V.'])('%s', (name) => {
    expect(looksLikePersonName(name)).toBe(false);
  });
  it.each(['Ada Ashgrove', 'Jonas Berg', 'Agnes Gmeiner', 'Lena Ag Ostrom'])('keeps %s', (name) => {
    expect(looksLikePersonName(name)).toBe(true);
  });
});
