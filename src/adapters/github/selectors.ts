// GitHub profile selectors as data, each list tried in order. Seen on github.com/<login> (user profile sidebar,
// 2023–2025 layout: .h-card[itemtype="http://schema.org/Person"] > .vcard-names, .user-profile-bio, ul.vcard-details)
// and github.com/<org> (organization header).

export const USER_SELECTORS = {
  name: [
    '.vcard-fullname',
    'h1.vcard-names [itemprop="name"]',
    '.h-card .p-name',
    '[itemscope][itemtype$="schema.org/Person"] [itemprop="name"]', // about 2012: "login (<span itemprop=name>…)"
  ],
  login: ['.vcard-username', '.p-nickname', '[itemprop="additionalName"]'],
  bio: ['.user-profile-bio[data-bio-text]', '.user-profile-bio', '.p-note'],
  company: ['li[itemprop="worksFor"]', '.vcard-detail .p-org', 'li[aria-label^="Organization:"]'],
  location: ['li[itemprop="homeLocation"]', '.vcard-detail .p-label', 'li[aria-label^="Home location:"]'],
  email: ['li[itemprop="email"] a[href^="mailto:"]', '.vcard-detail a.u-email', 'a[href^="mailto:"].Link--primary'],
  website: ['li[itemprop="url"] a[href]', '[data-test-selector="profile-website-url"] a[href]'],
  social: ['li[itemprop="social"] a[href]', '.vcard-details a[rel~="me"]'],
  avatar: ['img.avatar-user', 'a[itemprop="image"]', '.h-card img.avatar'],
};

export const ORG_SELECTORS = {
  /** <meta name="hovercard-subject-tag" content="organization:123"> on org pages, "user:123" on user pages. */
  subjectTag: ['meta[name="hovercard-subject-tag"]'],
  name: ['.orghead h1', 'header h1.h2', '[itemtype="http://schema.org/Organization"] h1', 'h1.h2.lh-condensed'],
  description: ['.orghead [itemprop="description"]', '.orghead .color-fg-muted > div', '[itemprop="description"]'],
  location: ['[itemprop="location"]', '.orghead li span.css-truncate'],
  website: ['a[itemprop="url"]', '.orghead a[rel~="nofollow"][href^="http"]'],
  email: ['a[itemprop="email"]', '.orghead a[href^="mailto:"]'],
};
