// Outlook on the web, personal (outlook.live.com) and work or school (outlook.office.com, outlook.office365.com, and
// the newer outlook.cloud.microsoft): the mail module only, not calendar, people or settings.

import { knownSiteOfHost } from '../../domain/sites';

export function detect(url: URL): boolean {
  if (url.protocol !== 'https:' || knownSiteOfHost(url.hostname)?.key !== 'outlook') return false;
  // /mail/…, /mail/0/…, and the classic /owa/ entry point (which opens mail unless a module path says otherwise).
  return /^\/mail(?:\/|$)/i.test(url.pathname) || (/^\/owa(?:\/|$)/i.test(url.pathname) && !/[?&]path=\/(?:calendar|people)/i.test(url.search));
}

export const exampleUrls = {
  positive: [
    'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1hZWFiLTdiNDYtMDACLTAwCgAQAAvSf%2F3fictional',
    'https://outlook.live.com/mail/0/',
    'https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAA%3D',
    'https://outlook.office.com/mail/sentitems/id/AAQkAGI2TG93AAA%3D',
    'https://outlook.office365.com/mail/inbox',
    'https://outlook.office365.com/owa/?realm=corvidsoft.example.com',
    'https://outlook.cloud.microsoft/mail/inbox/id/AAQkAGI2TG93AAA%3D',
  ],
  negative: [
    'https://outlook.live.com/calendar/0/view/month',
    'https://outlook.office.com/people/',
    'https://outlook.office365.com/owa/?path=/calendar/view/Month',
    'https://outlook.com/',
    'https://www.microsoft.com/en-us/microsoft-365/outlook/email-and-calendar-software-microsoft-outlook',
    'https://login.live.com/login.srf',
    'https://outlook.live.com.evil.example/mail/0/inbox',
    'https://evil.example/outlook.office.com/mail/inbox',
    'http://outlook.office.com/mail/inbox',
    'https://mail.google.com/mail/u/0/#inbox',
  ],
};
