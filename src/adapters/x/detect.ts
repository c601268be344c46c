// X / Twitter profiles: x.com/<handle> and twitter.com/<handle> (and the profile's tabs), and a single post
// (/<handle>/status/<id>), whose person is its author. Not the home timeline, search, settings or i/… pages.

import { xHandle, xPostAuthor } from '../../domain/page-identity';

export { xHandle, xPostAuthor };

export function detect(url: URL): boolean {
  return xHandle(url) !== null || xPostAuthor(url) !== null;
}

export const exampleUrls = {
  positive: [
    'https://x.com/priyaro_data',
    'https://x.com/priyaro_data/',
    'https://twitter.com/JonasVdBerg',
    'https://www.twitter.com/lena_fischer_ex/media',
    'https://mobile.x.com/northwind_hq/with_replies',
    'https://x.com/priyaro_data/status/1790000000000000000',
    'https://twitter.com/JonasVdBerg/status/934482867480121345',
  ],
  negative: [
    'https://x.com/home',
    'https://x.com/explore',
    'https://x.com/search?q=northwind',
    'https://x.com/i/lists/123456',
    'https://x.com/settings/profile',
    'https://x.com/i/status/1790000000000000000',
    'https://twitter.com/notifications',
    'https://x.com/this_handle_is_way_too_long',
    'https://example.com/priyaro_data',
    'https://x.com/',
  ],
};
