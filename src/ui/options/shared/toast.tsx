// Toasts: short confirmations, errors, and "Undo" for destructive actions (kept on screen for UNDO_MS).
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { errorMessage } from './format';

export const UNDO_MS = 10_000;
const INFO_MS = 5_000;

export interface ToastInput {
  message: string;
  kind?: 'info' | 'ok' | 'error';
  /** Shows an Undo button; the toast stays UNDO_MS. */
  undo?: () => Promise<unknown> | unknown;
}

interface Toast extends ToastInput {
  id: number;
}

interface ToastApi {
  notify: (toast: ToastInput) => void;
}

const ToastContext = createContext<ToastApi>({ notify: () => undefined });

export function useToast(): ToastApi {
  return useContext(ToastContext);
}

export function ToastProvider({ children }: { children: ComponentChildren }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((x) => x.id !== id)), []);
  const notify = useCallback((toast: ToastInput) => {
    const id = nextId.current++;
    setToasts((list) => [...list.slice(-3), { ...toast, id }]);
  }, []);
  const api = useMemo(() => ({ notify }), [notify]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div class="toasts" role="region" aria-label={t('opt_notifications')}>
        {toasts.map((toast) => <ToastView key={toast.id} toast={toast} onDismiss={dismiss} onError={(m) => notify({ message: m, kind: 'error' })} />)}
      </div>
    </ToastContext.Provider>
  );
}

function ToastView({ toast, onDismiss, onError }: { toast: Toast; onDismiss: (id: number) => void; onError: (message: string) => void }) {
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => onDismiss(toast.id), toast.undo ? UNDO_MS : INFO_MS);
    return () => clearTimeout(timer);
  }, [toast.id]);
  const undo = async () => {
    if (!toast.undo) return;
    setBusy(true);
    try {
      await toast.undo();
      onDismiss(toast.id);
    } catch (err) {
      onDismiss(toast.id);
      onError(t('opt_undoFailed', errorMessage(err)));
    }
  };
  return (
    <div class={`toast ${toast.kind ?? 'info'}`} role={toast.kind === 'error' ? 'alert' : 'status'} data-testid="toast">
      <span class="grow">{toast.message}</span>
      {toast.undo && (
        <button type="button" class="btn small" onClick={undo} disabled={busy} data-testid="toast-undo">{t('opt_undo')}</button>
      )}
      <button type="button" class="btn ghost small" onClick={() => onDismiss(toast.id)} aria-label={t('opt_dismiss')}>×</button>
    </div>
  );
}

/** Runs a background write and turns a failure into an error toast; returns undefined when it failed. */
export function useAction() {
  const { notify } = useToast();
  return useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (err) {
      notify({ message: errorMessage(err), kind: 'error' });
      return undefined;
    }
  }, [notify]);
}
