import { describe, expect, it } from 'vitest';
import { judgeLint, type LintReport } from '../../../src/tools/firefox-lint';

const report = (parts: Partial<Pick<LintReport, 'errors' | 'warnings' | 'notices'>>): LintReport => ({
  summary: { errors: parts.errors?.length ?? 0, warnings: parts.warnings?.length ?? 0, notices: parts.notices?.length ?? 0 },
  errors: parts.errors ?? [], warnings: parts.warnings ?? [], notices: parts.notices ?? [],
});
const innerHtml = (file: string) => ({ code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML', file, line: 1 });

describe('judging web-ext lint findings', () => {
  it('passes a warning in a third-party chunk, and says where it is', () => {
    const verdict = judgeLint(report({ warnings: [innerHtml('assets/vendor-preact-Dy7wMmgN.js')] }));
    expect(verdict.ok).toBe(true);
    expect(verdict.thirdParty).toEqual(['warning UNSAFE_VAR_ASSIGNMENT assets/vendor-preact-Dy7wMmgN.js:1: Unsafe assignment to innerHTML']);
  });

  it("fails a warning in Segue's own code or the manifest, and any error anywhere", () => {
    expect(judgeLint(report({ warnings: [innerHtml('assets/app-7hQrVs8R.js')] })).ok).toBe(false);
    expect(judgeLint(report({ warnings: [{ code: 'MISSING_DATA_COLLECTION_PERMISSIONS', message: 'missing' }] })).own).toEqual(['warning MISSING_DATA_COLLECTION_PERMISSIONS manifest: missing']);
    expect(judgeLint(report({ notices: [innerHtml('assets/sidebar.js')] })).ok).toBe(false);
    expect(judgeLint(report({ errors: [innerHtml('assets/vendor-preact-x.js')] })).ok).toBe(false);
  });
});
