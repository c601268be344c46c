// Gmail's web app: https://mail.google.com/mail/u/<n>/#<view>/<thread id>. Whether a message is open is for the
// extractor to find out (the thread id lives in the fragment, and a reading pane can show one in the inbox view).

import { knownSiteOfHost } from '../../domain/sites';

export function detect(url: URL): boolean {
  return url.protocol === 'https:' && knownSiteOfHost(url.hostname)?.key === 'gmail' && /^\/mail(?:\/|$)/.test(url.pathname);
}

export const exampleUrls = {
  positive: [
    'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDqkjbvTqcSfLzmQZwRnXkp',
    'https://mail.google.com/mail/u/1/#search/acme/FMfcgzQXJWDqkjbvTqcSfLzmQZwRnXkp',
    'https://mail.google.com/mail/u/0/#label/Prospects/FMfcgzQXJWDqkjbvTqcSfLzmQZwRnXkp',
    'https://mail.google.com/mail/u/0/?ui=2#sent/FMfcgzQXJWDqkjbvTqcSfLzmQZwRnXkp',
    'https://mail.google.com/mail/u/0/#inbox',
    'https://mail.google.com/mail/',
  ],
  negative: [
    'https://mail.google.com/chat/u/0/#chat/home',
    'https://www.google.com/gmail/about/',
    'https://gmail.com/',
    'https://accounts.google.com/ServiceLogin?service=mail',
    'https://mail.google.com.evil.example/mail/u/0/#inbox',
    'https://evil.example/mail.google.com/mail/u/0/',
    'http://mail.google.com/mail/u/0/#inbox',
    'https://outlook.live.com/mail/0/inbox',
    'https://calendar.google.com/calendar/u/0/r',
  ],
};
