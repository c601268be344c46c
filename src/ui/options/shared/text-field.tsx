// A labelled input with its error shown beside it (and announced through aria-describedby).
import { useId } from 'preact/hooks';

export function TextField(props: {
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'url' | 'email' | 'datetime-local' | 'date' | 'number' | 'search';
  testId?: string;
  class?: string;
  placeholder?: string;
  readOnly?: boolean;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [props.error ? errorId : '', props.hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: props.value,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy,
    'data-testid': props.testId,
    placeholder: props.placeholder,
    readOnly: props.readOnly,
  };
  const onInput = (e: Event) => props.onInput((e.currentTarget as HTMLInputElement).value);
  return (
    <div class={`form-field ${props.class ?? ''}`}>
      <label for={id}>{props.label}</label>
      {props.multiline
        ? <textarea {...common} onInput={onInput} rows={props.rows ?? 3} />
        : <input type={(props.type ?? 'text') as 'text'} {...common} onInput={onInput} />}
      {props.hint && <span id={hintId} class="field-hint">{props.hint}</span>}
      {props.error && <span id={errorId} class="field-error" role="alert">{props.error}</span>}
    </div>
  );
}
