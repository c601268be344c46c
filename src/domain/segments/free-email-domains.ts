// Mailbox providers anyone can sign up to: an address there says nothing about the person's employer.

const FREE_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'ymail.com',
  'rocketmail.com', 'aol.com', 'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com', 'protonmail.ch',
  'pm.me', 'tutanota.com', 'tuta.io', 'fastmail.com', 'fastmail.fm', 'hey.com', 'zohomail.com', 'mail.com',
  'email.com', 'gmx.com', 'gmx.net', 'gmx.de', 'gmx.at', 'gmx.ch', 'web.de', 't-online.de', 'freenet.de',
  'posteo.de', 'mailbox.org', 'orange.fr', 'wanadoo.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'libero.it',
  'virgilio.it', 'tiscali.it', 'seznam.cz', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'yandex.com', 'yandex.ru',
  'mail.ru', 'rambler.ru', 'qq.com', '163.com', '126.com', 'naver.com', 'daum.net', 'rediffmail.com',
  'btinternet.com', 'sky.com', 'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net', 'bellsouth.net',
  'cox.net', 'shaw.ca', 'rogers.com', 'bigpond.com', 'optusnet.com.au', 'xs4all.nl', 'ziggo.nl', 'telenet.be',
  'skynet.be', 'bluewin.ch', 'hushmail.com', 'inbox.com',
]);

/** Providers with a domain per country (yahoo.co.uk, hotmail.de, outlook.fr …). */
const FREE_FAMILIES = /^(?:yahoo|hotmail|outlook|live|msn|gmx|aol|yandex)\.[a-z.]+$/;

export function isFreeEmailDomain(domain: string): boolean {
  const d = domain.trim().toLowerCase().replace(/\.$/, '');
  return FREE_DOMAINS.has(d) || FREE_FAMILIES.test(d);
}

export function emailDomain(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  if (at < 0) return undefined;
  const domain = email.slice(at + 1).trim().toLowerCase().replace(/[>\s].*$/, '');
  return domain.includes('.') ? domain : undefined;
}
