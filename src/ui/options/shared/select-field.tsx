import { useId } from 'preact/hooks';

export interface SelectOption {
  value: string;
  label: string;
}

export function SelectField(props: { label: string; value: string; options: SelectOption[]; onChange: (value: string) => void; error?: string | undefined; hint?: string | undefined; disabled?: boolean; testId?: string; class?: string }) {
  const id = useId();
  const describedBy = [props.error ? `${id}-error` : '', props.hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`form-field ${props.class ?? ''}`}>
      <label for={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        disabled={props.disabled}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
        data-testid={props.testId}
      >
        {props.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      {props.hint && <span id={`${id}-hint`} class="field-hint">{props.hint}</span>}
      {props.error && <span id={`${id}-error`} class="field-error" role="alert">{props.error}</span>}
    </div>
  );
}
