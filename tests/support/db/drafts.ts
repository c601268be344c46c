// Small builders for tests: a capture draft with only the fields a test cares about.
import { emptyFields, type CaptureSource, type FieldSource, type ProspectDraft, type ProspectFields } from '../../../src/domain/prospect';

export function makeDraft(
  fields: Partial<ProspectFields>,
  source: Partial<CaptureSource> = {},
  fieldSource: FieldSource = 'linkedin',
): ProspectDraft {
  const full: ProspectFields = { ...emptyFields(), ...fields };
  const fieldSources: ProspectDraft['fieldSources'] = {};
  for (const key of Object.keys(fields) as (keyof ProspectFields)[]) fieldSources[key] = fieldSource;
  return {
    fields: full,
    fieldSources,
    source: { url: 'https://www.linkedin.com/in/test', site: 'linkedin', capturedAt: 1_000, ...source },
  };
}
