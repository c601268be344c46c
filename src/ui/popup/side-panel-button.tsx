// Opens Segue beside the page (Chrome's side panel, Firefox's sidebar) and closes the popup. The browser allows
// that only during the click itself, so open() is called at once in the handler, before anything is awaited.
import { useState } from 'preact/hooks';
import { openSidePanel } from '../../platform/browser';
import { t } from '../shared/i18n';

export function SidePanelButton(props: { tabId: number | null; onError: (message: string) => void }) {
  const [opening, setOpening] = useState(false);
  const open = () => {
    if (props.tabId === null) return;
    setOpening(true);
    void openSidePanel(props.tabId).then((opened) => {
      setOpening(false);
      if (opened) window.close();
      else props.onError(t('sidePanelFailed'));
    });
  };
  return (
    <button type="button" class="btn ghost small" onClick={open} disabled={props.tabId === null || opening}
      aria-label={t('openSidePanel')} title={t('openSidePanel')} data-testid="open-side-panel">
      <span aria-hidden="true">◧</span>
    </button>
  );
}
