// A button that asks "Are you sure?" inline before running a destructive action (no window.confirm).
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';

export function ConfirmButton(props: { label: string; question: string; confirmLabel: string; onConfirm: () => void; danger?: boolean; disabled?: boolean; testId?: string }) {
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const started = useRef(false);
  // Keyboard users land on the question's answer, and back on the button when they cancel.
  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (started.current) opener.current?.focus();
    started.current = true;
  }, [asking]);
  if (!asking) {
    return (
      <button ref={opener} type="button" class={`btn${props.danger ? ' danger' : ''}`} disabled={props.disabled} onClick={() => setAsking(true)} data-testid={props.testId}>
        {props.label}
      </button>
    );
  }
  return (
    <span class="confirm-inline" role="group" aria-label={props.question}>
      <span>{props.question}</span>
      <button ref={confirm} type="button" class={`btn small${props.danger ? ' danger' : ' primary'}`} onClick={() => { setAsking(false); props.onConfirm(); }} data-testid={props.testId ? `${props.testId}-confirm` : undefined}>
        {props.confirmLabel}
      </button>
      <button type="button" class="btn small ghost" onClick={() => setAsking(false)}>{t('cancel')}</button>
    </span>
  );
}
