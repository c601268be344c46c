// The side panel shows the same views as the popup, but stays open while the rep works in the page (calls, notes).
import { render } from 'preact';
import { App } from '../popup/app';

render(<App panel />, document.getElementById('app')!);
