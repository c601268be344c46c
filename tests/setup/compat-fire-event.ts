// @testing-library/preact 3.2.4 (the latest) turns EVERY fireEvent.change into an `input` event as soon as
// preact/compat has rendered anything (it spots compat by `vnode.$$typeof`). preact/compat only aliases onChange
// to onInput on text-like <input>s and <textarea> (compat/src/render.js: not on <select>, nor on checkbox, radio
// or file inputs), so with compat loaded a test's fireEvent.change on a <select> fired an `input` event that the
// select's onChange never heard. Browsers are unaffected: this is only the test library's renaming. Here
// fireEvent.change fires what the element's onChange listens for: `input` where compat aliases it, else `change`.
// (tests/unit/ui/shared/compat-fire-event.test.tsx shows both.)
import { createEvent, fireEvent } from '@testing-library/preact';
import { options } from 'preact';

let compat = false;
const previous = options.vnode;
options.vnode = (vnode) => {
  if ((vnode as { $$typeof?: unknown }).$$typeof) compat = true;
  previous?.(vnode);
};

/** The rule of preact/compat's handleDomVNode: onChange becomes onInput on these elements only. */
export function compatListensForInput(element: Element): boolean {
  if (element instanceof HTMLTextAreaElement) return true;
  return element instanceof HTMLInputElement && !/fil|che|rad/.test(element.type);
}

fireEvent.change = (element: Document | Node | Element | Window, init?: object) =>
  fireEvent(element, (compat && element instanceof Element && compatListensForInput(element) ? createEvent.input : createEvent.change)(element, init));
