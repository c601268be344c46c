// X / Twitter profiles: x.com/<handle> and twitter.com/<handle> (and the profile's tabs). Not the home timeline,
// search, settings, i/… pages, nor a single post (/<handle>/status/<id>).

const HOSTS = /^(?:www\.|mobile\.)?(?:x\.com|twitter\.com)$/i;
const RESERVED = new Set([
  'home', 'explore', 'search', 'i', 'settings', 'notifications', 'messages', 'compose', 'login', 'logout', 'signup',
  'tos', 'privacy', 'hashtag', 'intent', 'share', 'jobs', 'about', 'download', 'account', 'lists', 'communities',
  'premium', 'verified-choose', 'bookmarks', 'following', 'followers', 'topics', 'moments', 'grok', 'jobs', 'help',
]);
const PROFILE_PATH = /^\/([A-Za-z0-9_]{1,15})(?:\/(?:with_replies|media|likes|highlights|articles|superfollows))?\/?$/;

export function xHandle(url: URL): string | null {
  if (!HOSTS.test(url.hostname)) return null;
  const match = PROFILE_PATH.exec(url.pathname);
  if (!match) return null;
  const handle = match[1]!;
  return RESERVED.has(handle.toLowerCase()) ? null : handle;
}

export function detect(url: URL): boolean {
  return xHandle(url) !== null;
}

export const exampleUrls = {
  positive: [
    'https://x.com/priyaro_data',
    'https://x.com/priyaro_data/',
    'https://twitter.com/JonasVdBerg',
    'https://www.twitter.com/lena_fischer_ex/media',
    'https://mobile.x.com/northwind_hq/with_replies',
  ],
  negative: [
    'https://x.com/home',
    'https://x.com/explore',
    'https://x.com/search?q=northwind',
    'https://x.com/i/lists/123456',
    'https://x.com/settings/profile',
    'https://x.com/priyaro_data/status/1790000000000000000',
    'https://twitter.com/notifications',
    'https://x.com/this_handle_is_way_too_long',
    'https://example.com/priyaro_data',
    'https://x.com/',
  ],
};
