// Inputs of the segment editor: each labelled, each showing the validation messages about its field.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';

export function FieldIssues({ id, messages }: { id: string; messages: string[] }) {
  if (!messages.length) return null;
  return (
    <ul id={id} class="field-error issues" data-testid="field-issues">
      {messages.map((m, i) => <li key={i}>{m}</li>)}
    </ul>
  );
}

interface BaseProps {
  label: string;
  issues?: string[];
  hint?: string;
  class?: string;
  testId?: string;
  /** Visually hide the label (it stays for screen readers). */
  hideLabel?: boolean;
}

function Field(props: BaseProps & { id: string; children: ComponentChildren }) {
  return (
    <div class={`form-field ${props.class ?? ''}`}>
      <label for={props.id} class={props.hideLabel ? 'sr-only' : undefined}>{props.label}</label>
      {props.children}
      {props.hint && <span id={`${props.id}-hint`} class="field-hint">{props.hint}</span>}
      <FieldIssues id={`${props.id}-issues`} messages={props.issues ?? []} />
    </div>
  );
}

function describe(id: string, props: BaseProps): Record<string, unknown> {
  const ids = [props.issues?.length ? `${id}-issues` : '', props.hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return { 'aria-describedby': ids || undefined, 'aria-invalid': props.issues?.length ? true : undefined, 'data-testid': props.testId };
}

export function TextInput(props: BaseProps & { value: string; onChange: (v: string) => void; multiline?: boolean; rows?: number; placeholder?: string; maxLength?: number }) {
  const id = useId();
  const onInput = (e: Event) => props.onChange((e.currentTarget as HTMLInputElement).value);
  return (
    <Field {...props} id={id}>
      {props.multiline
        ? <textarea id={id} value={props.value} rows={props.rows ?? 4} placeholder={props.placeholder} onInput={onInput} {...describe(id, props)} />
        : <input id={id} type="text" value={props.value} placeholder={props.placeholder} onInput={onInput} {...describe(id, props)} />}
    </Field>
  );
}

/** A number typed as text: an empty or unreadable entry gives undefined (validation then says what is wrong). */
export function NumberInput(props: BaseProps & { value: number | undefined; onChange: (v: number | undefined) => void; min?: number; max?: number; step?: number }) {
  const id = useId();
  const [text, setText] = useState(props.value === undefined || Number.isNaN(props.value) ? '' : String(props.value));
  useEffect(() => {
    const parsed = text.trim() === '' ? undefined : Number(text);
    if (parsed !== props.value && !(Number.isNaN(parsed) && props.value === undefined)) setText(props.value === undefined ? '' : String(props.value));
  }, [props.value]);
  return (
    <Field {...props} id={id}>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={text}
        min={props.min}
        max={props.max}
        step={props.step}
        onInput={(e) => {
          const value = (e.currentTarget as HTMLInputElement).value;
          setText(value);
          const n = value.trim() === '' ? undefined : Number(value);
          props.onChange(n === undefined || Number.isNaN(n) ? undefined : n);
        }}
        {...describe(id, props)}
      />
    </Field>
  );
}

const parseList = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

/** A list typed as "a, b, c"; keeps what is typed (a trailing comma) while passing the parsed list up. */
export function ListInput(props: BaseProps & { value: readonly string[]; onChange: (v: string[]) => void; placeholder?: string }) {
  const id = useId();
  const [text, setText] = useState(props.value.join(', '));
  useEffect(() => {
    if (parseList(text).join('\u0000') !== props.value.join('\u0000')) setText(props.value.join(', '));
  }, [props.value.join('\u0000')]);
  return (
    <Field {...props} id={id}>
      <input
        id={id}
        type="text"
        value={text}
        placeholder={props.placeholder}
        onInput={(e) => {
          const value = (e.currentTarget as HTMLInputElement).value;
          setText(value);
          props.onChange(parseList(value));
        }}
        {...describe(id, props)}
      />
    </Field>
  );
}

export function SelectInput<T extends string>(props: BaseProps & { value: T; options: readonly { value: T; label: string }[]; onChange: (v: T) => void }) {
  const id = useId();
  return (
    <Field {...props} id={id}>
      <select id={id} value={props.value} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as T)} {...describe(id, props)}>
        {props.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </Field>
  );
}

export function Checkbox(props: { label: string; checked: boolean; onChange: (v: boolean) => void; testId?: string; hint?: string }) {
  return (
    <label class="checkbox" title={props.hint}>
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)} data-testid={props.testId} />
      <span>{props.label}</span>
    </label>
  );
}

/** Several checkboxes for one list value (seniorities, departments), as a fieldset with a legend. */
export function CheckboxGroup<T extends string>(props: { legend: string; options: readonly { value: T; label: string }[]; value: readonly T[]; onChange: (v: T[]) => void; issues?: string[] }) {
  const id = useId();
  const selected = new Set(props.value);
  return (
    <fieldset class="checkbox-group" aria-describedby={props.issues?.length ? `${id}-issues` : undefined}>
      <legend>{props.legend}</legend>
      <div class="checkbox-grid">
        {props.options.map((o) => (
          <Checkbox
            key={o.value}
            label={o.label}
            checked={selected.has(o.value)}
            onChange={(on) => props.onChange(props.options.map((x) => x.value).filter((v) => (v === o.value ? on : selected.has(v))))}
          />
        ))}
      </div>
      <FieldIssues id={`${id}-issues`} messages={props.issues ?? []} />
    </fieldset>
  );
}
