// Injected before the capture script on pages with h-card markup (see on-demand/libraries.ts).
import { mf2 } from 'microformats-parser';
import { registerLibrary } from './on-demand/libraries';

registerLibrary('microformats', { mf2 });
