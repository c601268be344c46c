// Outreach channels and their length limits. Hard limits are the site's own (LinkedIn refuses longer text),
// so rendering trims to them; soft limits are advice (a voicemail over ~30 s loses the listener) and are only reported.

export const CHANNELS = ['email', 'linkedin_connect', 'linkedin_inmail', 'call_opener', 'voicemail', 'follow_up_email'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface ChannelLimit {
  /** Longest body in UTF-16 code units (what a browser's maxlength counts); undefined = no limit. */
  body?: number;
  subject?: number;
  /** true: the site refuses longer text, so the renderer trims; false: the limit is only reported. */
  hard: boolean;
  /** Whether the channel has a subject line at all. */
  hasSubject: boolean;
}

export const CHANNEL_LIMITS: Readonly<Record<Channel, ChannelLimit>> = {
  email: { subject: 120, hard: false, hasSubject: true },
  follow_up_email: { subject: 120, hard: false, hasSubject: true },
  linkedin_connect: { body: 300, hard: true, hasSubject: false },
  linkedin_inmail: { body: 1900, subject: 200, hard: true, hasSubject: true },
  // About 30 seconds spoken at ~150 words a minute.
  call_opener: { body: 450, hard: false, hasSubject: false },
  voicemail: { body: 450, hard: false, hasSubject: false },
};

export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  email: 'Email',
  follow_up_email: 'Follow-up email',
  linkedin_connect: 'LinkedIn connection note',
  linkedin_inmail: 'LinkedIn InMail',
  call_opener: 'Call opener',
  voicemail: 'Voicemail',
};

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
