// "Export selected as pack": the publisher names the pack, its version and what changed; the file is checked with the
// same schema a rep's import uses before it is downloaded.
import { useMemo, useState } from 'preact/hooks';
import { buildPack, packFileName, packIdFromName, validatePack } from '../../../domain/packs/pack';
import { nextMinorVersion } from '../../../domain/packs/pack-version';
import type { Segment } from '../../../domain/segments/segment-schema';
import type { ValidationIssue } from '../../../domain/validation';
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { useSender } from '../../shared/use-sender';
import { downloadText } from '../shared/download';
import { FieldIssues } from '../shared/field-issues';
import { formatNumber } from '../shared/format';
import { repos } from '../shared/repos';
import { useToast } from '../shared/toast';
import { TextInput } from './inputs';
import { PublishToTeam } from './pack-publish';

export function PackExport({ segments, onClose }: { segments: readonly Segment[]; onClose: () => void }) {
  const sender = useSender();
  const outcomes = useLiveQuery(() => repos.settings().get('callOutcomes'), []);
  const installed = useLiveQuery(() => repos.db().packs.toArray(), []);
  // Segments of one installed pack suggest its next version; otherwise a first release.
  const fromPack = segments.every((s) => s.pack && s.pack.id === segments[0]?.pack?.id) ? segments[0]?.pack : undefined;
  const [name, setName] = useState(fromPack?.name ?? '');
  const [id, setId] = useState(fromPack?.id ?? '');
  const [idEdited, setIdEdited] = useState(Boolean(fromPack));
  const [version, setVersion] = useState(fromPack ? nextMinorVersion(fromPack.version) : '1.0.0');
  const [publisher, setPublisher] = useState<string | undefined>(undefined);
  const [releaseNotes, setReleaseNotes] = useState('');
  const [withOutcomes, setWithOutcomes] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const { notify } = useToast();
  const publisherValue = publisher ?? (installed?.find((p) => p.id === id)?.current.publisher || sender?.sender.company || '');

  const pack = useMemo(
    () => buildPack({ id, name, version, publisher: publisherValue, releaseNotes }, segments, Date.now(), withOutcomes ? outcomes : undefined),
    [id, name, version, publisherValue, releaseNotes, segments, withOutcomes, outcomes],
  );
  const checked = validatePack(pack);
  const issues: ValidationIssue[] = checked.ok ? [] : checked.issues;
  const at = (field: string) => (attempted ? issues.filter((i) => i.path === field).map((i) => i.message) : []);

  const download = () => {
    setAttempted(true);
    if (!checked.ok) return;
    const fileName = packFileName(checked.pack);
    downloadText(fileName, JSON.stringify(checked.pack, null, 2), 'application/json');
    notify({ message: t('packs_exported', `${checked.pack.name} ${checked.pack.version}`, fileName), kind: 'ok' });
    onClose();
  };

  return (
    <section class="card stack" aria-labelledby="pack-export-heading" data-testid="pack-export">
      <h2 id="pack-export-heading">{t('packs_exportHeading')}</h2>
      <p class="muted">{t('packs_exportIntro')}</p>
      <p>{t('packs_exportSegments', segments.map((s) => s.name).join(', '))}</p>
      <div class="form-grid">
        <TextInput label={t('packs_name')} value={name} issues={at('name')} testId="pack-name"
          onChange={(value) => { setName(value); if (!idEdited) setId(packIdFromName(value)); }} />
        <TextInput label={t('packs_id')} value={id} hint={t('packs_idHint')} issues={at('id')} testId="pack-id"
          onChange={(value) => { setIdEdited(true); setId(value); }} />
        <TextInput label={t('packs_version')} value={version} hint={t('packs_versionHint')} issues={at('version')} testId="pack-version" onChange={setVersion} />
        <TextInput label={t('packs_publisher')} value={publisherValue} issues={at('publisher')} testId="pack-publisher" onChange={setPublisher} />
        <TextInput label={t('packs_releaseNotes')} value={releaseNotes} multiline rows={3} class="span-2" hint={t('packs_releaseNotesHint')} issues={at('releaseNotes')}
          testId="pack-release-notes" onChange={setReleaseNotes} />
      </div>
      <label class="checkbox">
        <input type="checkbox" checked={withOutcomes} onChange={() => setWithOutcomes(!withOutcomes)} data-testid="pack-include-outcomes" />
        <span>{t('packs_includeOutcomes')}</span>
      </label>
      {attempted && issues.some((i) => i.path.startsWith('segments')) && (
        <FieldIssues title={t('packs_exportInvalid', formatNumber(issues.length))} issues={issues} testId="pack-export-issues" />
      )}
      <div class="row">
        <button type="button" class="btn primary" onClick={download} data-testid="pack-download">{t('packs_download')}</button>
        <PublishToTeam pack={checked.ok ? checked.pack : null} onInvalid={() => setAttempted(true)} onPublished={onClose} />
        <button type="button" class="btn ghost" onClick={onClose}>{t('cancel')}</button>
      </div>
    </section>
  );
}
