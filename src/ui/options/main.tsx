import { t } from '../shared/i18n';
import { render } from 'preact';
import { App } from './app';

document.title = t('opt_pageTitle');
render(<App />, document.getElementById('app')!);
