// Team-page selectors as data, each list tried in order. Seen on company sites built with common themes and
// page builders (Elementor "team member" widget, WordPress team blocks, Webflow/Framer card grids, hand-written
// ".team-member" grids). When none match, extract.ts falls back to finding repeated cards by their structure.

/**
 * Any schema.org Person, a commenter or an author as often as a team member: its card is not trusted with a name
 * given as one word ("Greg").
 */
const PERSON_MICRODATA = '[itemtype$="schema.org/Person"]';

export const TEAM_SELECTORS = {
  personMicrodata: PERSON_MICRODATA,
  /** One card per person. */
  card: [
    '.team-member', // hand-written grids, many WordPress themes
    '.elementor-team-member', // Elementor team member widget
    '.team__member', // BEM-style grids
    '.team-card',
    '.team-item', // Bootstrap templates ("team-item bg-white text-center")
    '.person-card',
    '.member-card',
    '.leadership-card',
    '.staff-member',
    PERSON_MICRODATA, // microdata cards
    '[class*="TeamMember"]', // Webflow/React class names (TeamMember_card__x1y2)
  ],
  /** Name selectors that mark the element as a name: only these are trusted with names written without spaces. */
  markedName: ['[itemprop="name"]', '.name', '[class*="name" i]'],
  /** The name inside a card. */
  name: [
    '[itemprop="name"]',
    '.elementor-team-member__name',
    '.team-member__name',
    '.name',
    '[class*="name" i]',
    'h3',
    'h4',
    'h2',
    'h5',
    'h6',
    'strong',
  ],
  /** The job title inside a card. */
  title: [
    '[itemprop="jobTitle"]',
    '.elementor-team-member__position',
    '.team-member__title',
    '.title',
    '.role',
    '.position',
    '.job-title',
    '[class*="title" i]',
    '[class*="role" i]',
    '[class*="position" i]',
    'h3, h4, h5, h6', // a smaller heading under the name: <h3>Name</h3><h5>Founder @ Acme</h5>, <h2>Name</h2><h3>Role</h3>
    'small', // Bootstrap cards: <h5>Name</h5><small>Title</small>
    'p',
    'span',
    'div', // <div>Name</div><div>Title</div><div>City</div> card builders (Tailwind, Webflow exports)
    'td', // volunteer and alumni tables: <td>Name</td><td>Role</td>
  ],
  /** Any element a role may be written in when no title selector finds one (a list item, bold text, a definition). */
  anyText: ['li, b, strong, em, i, dd, dt, span, small, p, div, td, h3, h4, h5, h6'],
  /** Headings tried by the structural fallback (<h1> too: law-firm pages set each partner's name in one). */
  heading: ['h1, h2, h3, h4, h5, h6, strong'],
  /**
   * Plain text blocks the structural fallback also reads as a name when their whole text is one: cards built from
   * <div>/<span>/<p> with classes only (page builders, Tailwind), a <figcaption>, a table cell. Only inline markup
   * may sit inside ("Pierre <span>Lemaire</span>").
   */
  nameText: ['span, div, p, td, figcaption, b'],
  /** Table cells read as names beside the headings (volunteer and alumni tables). */
  nameCell: ['td'],
  /** Markup that may sit inside a plain-text name. */
  inlineInName: ['SPAN', 'NOBR', 'B', 'I', 'EM', 'STRONG', 'SMALL', 'BR'],
  /** Never a team member's name: buttons, menus, forms and footers. */
  notName: ['button, nav, footer, label, option, select, [role="navigation"], [role="contentinfo"]'],
  /** A link holding a picture: a portrait card whose name may sit inside it (a bare link is a menu item or byline). */
  portraitLink: ['img, picture, figure'],
  /** Headings, by level: a title heading must be smaller than the name's (h2 name, h3 role; never the h2 beside it). */
  headingLevels: ['H1', 'H2', 'H3', 'H4', 'H5', 'H6'],
  /** Blocks under a role heading that may hold "Name, Organisation" lines (committee and board pages). */
  roleSectionBody: ['P', 'UL', 'OL', 'DIV'],
  /** Items of a names-only list ("Former members": one paragraph or list item per person). */
  listItem: ['p', 'li'],
};
