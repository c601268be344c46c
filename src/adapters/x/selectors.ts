// X profile selectors as data, each list tried in order. X is a single-page app with hashed class names, so only
// data-testid attributes are stable. Seen on a saved x.com/<handle> profile (2024–2025).

export const X_SELECTORS = {
  /** <script type="application/ld+json" data-testid="UserProfileSchema-test">{"@type":"ProfilePage",…}</script> */
  schema: ['script[data-testid="UserProfileSchema-test"]', 'script[type="application/ld+json"]'],
  /** Display name and @handle block. */
  userName: ['[data-testid="UserName"]', '[data-testid="UserNameDisplay"]'],
  description: ['[data-testid="UserDescription"]'],
  location: ['[data-testid="UserLocation"]'],
  url: ['a[data-testid="UserUrl"]', '[data-testid="UserUrl"] a'],
  avatar: ['a[href$="/photo"] img[src*="profile_images"]', 'img[src*="pbs.twimg.com/profile_images"]'],
  /**
   * The server-rendered head, when the app's markup is absent (a saved or signed-out page): "Name (@handle) on X",
   * older "Name (@handle) / X" and "/ Twitter".
   */
  metaTitle: ['meta[property="og:title"]', 'meta[name="title"]', 'meta[name="twitter:title"]', 'title'],
  metaDescription: ['meta[property="og:description"]', 'meta[name="description"]'],
  metaImage: ['meta[property="og:image"]', 'meta[name="twitter:image"]'],
};

/**
 * A single post's author. The rendered app (2020–): the first article[data-testid="tweet"] and its User-Name block
 * (replies below are other articles, the signed-in user is in the nav). The legacy twitter.com permalink (2014–2019):
 * the .permalink-tweet's data-name. Last, the head: "Name on X: “…”" / "Name on Twitter: “…”".
 */
export const X_POST_SELECTORS = {
  post: ['article[data-testid="tweet"]', '[data-testid="tweet"]', '.permalink-tweet', '.tweet.js-original-tweet'],
  authorName: ['[data-testid="User-Name"]', '[data-testid="User-Names"]', '.fullname'],
  metaTitle: ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'title'],
};
