// The standing "Capture with Segue" button, registered by the background only on the sites the rep allowed
// (Gmail, Outlook on the web, LinkedIn). One small pill in a closed shadow root, shown only where there is someone to
// capture. It reads nothing by itself and sends nothing until it is clicked; the click asks the background to run
// the same on-demand capture as the toolbar popup. No network, no storage, no polling.
import type { CaptureFromPageResponse, Envelope, Reply } from '../messaging/protocol';
import { allowedBy, buttonSite, isWithdrawMessage, type ButtonSite } from './page-button-rules';

const HOST_TAG = 'segue-capture-button';
/** Re-checks after page changes at most this often: Gmail and LinkedIn mutate their DOM constantly. */
const RECHECK_MS = 400;
const STATUS_MS = 6000;

const STYLE = `
:host { all: initial; }
.wrap { position: fixed; right: 20px; bottom: 20px; z-index: 2147483646; display: flex; flex-direction: column;
  align-items: flex-end; gap: 6px; font: 500 13px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.wrap.linkedin { bottom: 72px; } /* above LinkedIn's docked messaging bar */
button { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 7px; cursor: pointer;
  padding: 7px 13px 7px 10px; border-radius: 999px; background: #4f46e5; color: #fff; font: inherit;
  box-shadow: 0 2px 8px rgba(22, 26, 43, .28); opacity: .92; }
button:hover { background: #4338ca; opacity: 1; }
button:focus-visible { outline: 3px solid #a5b4fc; outline-offset: 2px; opacity: 1; }
button[aria-busy="true"] { cursor: progress; opacity: .7; }
.mark { width: 8px; height: 8px; border-radius: 50%; background: #a5f3d0; flex: none; }
.status { max-width: 280px; padding: 7px 10px; border-radius: 8px; background: #161a2b; color: #fff; font-size: 12px;
  box-shadow: 0 2px 8px rgba(22, 26, 43, .28); }
.status:empty { display: none; }
.status.error { background: #9f1239; }
@media print { .wrap { display: none; } }
@media (prefers-reduced-motion: no-preference) { button { transition: background .15s, opacity .15s; } }
`;

const msg = (key: string, fallback: string, substitution?: string): string =>
  chrome.i18n.getMessage(key, substitution === undefined ? undefined : [substitution]) || fallback;

interface Button {
  host: HTMLElement;
  wrap: HTMLDivElement;
  button: HTMLButtonElement;
  status: HTMLDivElement;
}

function createButton(onClick: (b: Button) => void): Button {
  const host = document.createElement(HOST_TAG);
  // Page CSS cannot reach into the shadow root, but it can hide the host: inline !important wins over page rules.
  for (const [prop, value] of [['display', 'block'], ['position', 'static'], ['visibility', 'visible'], ['opacity', '1']] as const) {
    host.style.setProperty(prop, value, 'important');
  }
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE); // a constructed sheet: no inline <style> for the page's CSP to refuse
  root.adoptedStyleSheets = [sheet];

  const wrap = document.createElement('div');
  wrap.className = 'wrap';
  const status = document.createElement('div');
  status.className = 'status';
  status.setAttribute('role', 'status');
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-label', msg('pageButtonLabel', 'Capture with Segue: review this person before saving'));
  const mark = document.createElement('span');
  mark.className = 'mark';
  mark.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.textContent = msg('pageButtonText', 'Capture with Segue');
  button.append(mark, label);
  wrap.append(status, button);
  root.append(wrap);

  const b: Button = { host, wrap, button, status };
  button.addEventListener('click', () => onClick(b));
  return b;
}

function showStatus(b: Button, text: string, error = false): void {
  b.status.textContent = text;
  b.status.classList.toggle('error', error);
}

function statusFor(answer: CaptureFromPageResponse): { text: string; error: boolean } {
  if (answer.review === 'waiting') {
    return answer.found === 'person'
      ? { text: msg('pageButtonOpenSegue', 'Captured. Click the Segue toolbar button to review.'), error: false }
      : { text: answer.error ?? msg('pageButtonFailed', 'Segue found no one to capture here.'), error: true };
  }
  return answer.found === 'person'
    ? { text: msg('pageButtonOpened', 'Opened in Segue for review.'), error: false }
    : { text: answer.error ?? msg('pageButtonFailed', 'Segue found no one to capture here.'), error: true };
}

async function requestCapture(): Promise<CaptureFromPageResponse> {
  const envelope: Envelope<'capture.fromPage'> = { segue: 1, name: 'capture.fromPage', request: {} };
  const reply = (await chrome.runtime.sendMessage(envelope)) as Reply<CaptureFromPageResponse> | undefined;
  if (!reply) throw new Error(msg('pageButtonNoAnswer', 'Segue did not answer. Reload the page and try again.'));
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
}

/** Starts the button; returns how to bring it back after a withdrawal (the rep allowed the site again). */
function start(): () => void {
  let current: Button | null = null;
  let site: ButtonSite | null = null;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  let recheckTimer: ReturnType<typeof setTimeout> | undefined;
  let withdrawn = false;

  const clearStatusLater = (b: Button) => {
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => showStatus(b, ''), STATUS_MS);
  };

  const onClick = (b: Button) => {
    if (b.button.getAttribute('aria-busy') === 'true') return;
    b.button.setAttribute('aria-busy', 'true');
    clearTimeout(statusTimer);
    showStatus(b, msg('pageButtonWorking', 'Reading this page…'));
    requestCapture().then(
      (answer) => {
        const { text, error } = statusFor(answer);
        showStatus(b, text, error);
      },
      (err: unknown) => showStatus(b, err instanceof Error ? err.message : String(err), true),
    ).finally(() => {
      b.button.removeAttribute('aria-busy');
      clearStatusLater(b);
    });
  };

  const check = () => {
    recheckTimer = undefined;
    if (withdrawn) return;
    const want = buttonSite(new URL(location.href), document);
    if (!want) {
      current?.host.remove();
      site = null;
      return;
    }
    current ??= createButton(onClick);
    if (site !== want) {
      current.wrap.className = `wrap ${want}`;
      site = want;
    }
    // On documentElement, not body: the SPAs replace body's children, and some replace body itself.
    if (!current.host.isConnected || current.host.parentNode !== document.documentElement) document.documentElement.append(current.host);
  };

  const schedule = () => {
    if (recheckTimer === undefined && !withdrawn) recheckTimer = setTimeout(check, RECHECK_MS);
  };

  // SPA navigations: the Navigation API sees pushState/replaceState from the page; popstate and hashchange
  // cover the rest (Gmail opens a message by changing the fragment). DOM changes catch a message rendered late.
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', schedule);
  addEventListener('popstate', schedule);
  addEventListener('hashchange', schedule);
  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, { childList: true, subtree: true });

  chrome.runtime.onMessage.addListener((message: unknown) => {
    if (!isWithdrawMessage(message) || allowedBy(location.href, message.stillAllowed)) return;
    withdrawn = true;
    observer.disconnect();
    clearTimeout(recheckTimer);
    current?.host.remove();
    current = null;
  });

  check();
  return () => {
    if (!withdrawn) return;
    withdrawn = false;
    observer.observe(document.documentElement, { childList: true, subtree: true });
    check();
  };
}

// The registered script and an injection into an already-open tab (right after the rep allows the site) share this
// isolated world: start once, and come back if a withdrawal removed the button.
const running = globalThis as { __seguePageButton?: () => void };
if (running.__seguePageButton) running.__seguePageButton();
else running.__seguePageButton = start();
