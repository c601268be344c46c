// LinkedIn selectors as data. Each list is tried in order; the first that matches wins. The embedded JSON and the
// JSON-LD are preferred over these: class names change more often than data shapes.

export const PROFILE_SELECTORS = {
  /** The person's name. */
  name: [
    'main section.artdeco-card h1', // signed-in profile, 2024–2025 layout (h1.inline.t-24.v-align-middle.break-words)
    '.pv-text-details__left-panel h1', // signed-in profile, 2022–2023 layout (h1.text-heading-xlarge)
    'h1.top-card-layout__title', // public (signed-out) profile
    '#pv-contact-info', // contact-info overlay header (the name is the dialog title)
    '#topcard h1#name', // public profile, 2014–2017 layout (h1.fn)
    'h1.pv-top-card-section__name', // signed-in profile, 2017–2019 layout
  ],
  /** The headline under the name ("Head of Data Partnerships at Northwind Analytics"). */
  headline: [
    'main section.artdeco-card .text-body-medium.break-words', // signed-in profile
    '.pv-text-details__left-panel .text-body-medium', // signed-in profile, 2022–2023
    'h2.top-card-layout__headline', // public profile
    '#topcard [data-section="headline"]', // public profile, 2014–2017 (p.headline.title)
    'h2.pv-top-card-section__headline', // signed-in profile, 2017–2019
  ],
  /** City / region line. */
  location: [
    'main section.artdeco-card .text-body-small.inline.t-black--light.break-words', // signed-in profile
    '.pv-text-details__left-panel + div .text-body-small', // signed-in profile, 2022–2023
    '.top-card-layout__first-subline .profile-info-subheader span', // public profile ("San Francisco Bay Area")
    '.top-card__subline-item', // public profile, older layout
    '#demographics .locality', // public profile, 2014–2017
    'h3.pv-top-card-section__location', // signed-in profile, 2017–2019
  ],
  /** The current company, shown beside the name. */
  currentCompany: [
    'button[aria-label^="Current company:"]', // signed-in profile: aria-label="Current company: Northwind Analytics. Click to skip to experience card"
    '.pv-text-details__right-panel-item-text', // signed-in profile, 2022–2023
    '[data-section="currentPositionsDetails"] .top-card-link__description', // public profile
    '[data-section="currentPositionsDetails"] li', // public profile, 2014–2017 ("Current" row, first position)
    '.pv-top-card-v2-section__company-name', // signed-in profile, 2018–2019
  ],
  /**
   * The first position of the Experience section (signed-in, 2017–2019: li.pv-position-entity), used for the title
   * when no structured data gave one and the position is current (its date range does not end in a year).
   */
  currentPosition: ['#experience-section .pv-position-entity', '.experience-section .pv-position-entity'],
  positionTitle: ['.pv-entity__summary-info h3', 'h3'],
  positionDates: ['.pv-entity__date-range', '[class*="date-range"]'],
  /** Profile photo. */
  photo: [
    'img.pv-top-card-profile-picture__image--show', // signed-in profile
    'img.pv-top-card-profile-picture__image', // signed-in profile, 2023
    '.top-card-layout__entity-image-container img', // public profile
  ],
  /** Last resort for the name: the document title, "(3) Priya Raman-Okafor | LinkedIn". */
  documentTitle: ['title'],
  /** After the title: the page's heading, taken only when it reads as a person's name (an overlay saved on its own). */
  nameHeading: ['.artdeco-modal__header h1', 'h1'],
  /** The signed-in layout's embedded API responses (<code id="bpr-guid-123" style="display:none">{…}</code>). */
  codeBlobs: ['code[id^="bpr-guid-"]'],
};

export const CONTACT_INFO_SELECTORS = {
  /** The contact-info overlay dialog (opened from "Contact info", URL /in/<slug>/overlay/contact-info/). */
  dialog: [
    '.pv-contact-info', // overlay content wrapper, 2023–2025
    '[aria-labelledby="pv-contact-info"]', // the artdeco-modal dialog itself
    'section.pv-contact-info__contact-type', // the sections alone, when the wrapper class changed
  ],
  /** One section per kind (Email, Phone, Websites, Profile, Twitter…): a header plus values. */
  section: ['section.pv-contact-info__contact-type', '.pv-profile-section__section-info section'],
  sectionHeader: ['h3.pv-contact-info__header', 'h3'],
};

export type ContactSectionKind = 'email' | 'phone' | 'websites' | 'profile' | 'twitter' | 'address';

/**
 * What a contact-info section holds: LinkedIn's own class first (the same in every language), then the words of its
 * header (translated: "Correo electrónico", "Teléfono"; or naming a site: "LinkedIn"). Tried in this order.
 */
export const CONTACT_SECTION_KINDS: ReadonlyArray<{ kind: ContactSectionKind; className: string; header: RegExp }> = [
  { kind: 'email', className: 'ci-email', header: /e-?mail|correo|courriel|e-?post|posta elettronica/i },
  { kind: 'phone', className: 'ci-phone', header: /phone|tel[eé]f|telefon|puhelin/i },
  { kind: 'websites', className: 'ci-websites', header: /website|webseite|sitios? web|sites? web|siti web/i },
  { kind: 'profile', className: 'ci-vanity-url', header: /profile|perfil|profil|linkedin/i },
  { kind: 'twitter', className: 'ci-twitter', header: /twitter|^x$/i },
  { kind: 'address', className: 'ci-address', header: /address|adresse|direcci[oó]n|indirizzo|endereço/i },
];

export const COMPANY_SELECTORS = {
  name: [
    'h1.org-top-card-summary__title', // signed-in company page, 2020–
    'h1.top-card-layout__title', // public company page
    'h1.org-top-card-primary-content__title', // signed-in, late 2018
    '.org-top-card-module h1', // signed-in, early 2018 (org-top-card-module__name)
    'main h1',
    '[role="main"] h1',
  ],
  tagline: ['.org-top-card-summary__tagline', 'h4.top-card-layout__second-subline', 'p.top-card-layout__second-subline', '.org-top-card-primary-content__tagline'],
  /** Industry · location · followers. */
  infoItems: ['.org-top-card-summary-info-list__info-item', 'h3.top-card-layout__first-subline', '.org-top-card-primary-content__info-item'],
  website: [
    'a[data-test-id="about-us__website"] ', // public about section (href is a redirect; the text is the URL)
    '.org-about-us-organization-description a[href^="http"]', // signed-in about tab
    'dd a[href^="http"]',
  ],
  /**
   * About section: industry and company size ("51-200 employees"). A labelled About list is also read by its terms
   * (organization layer); these are the top card's own fields. Never a position in the About list: its first
   * definition is the Website on some layouts.
   */
  industry: ['[data-test-id="about-us__industry"] dd', '.org-top-card-summary-info-list__info-item:first-child', '.org-top-card-primary-content__industry'],
  size: ['[data-test-id="about-us__size"] dd', '.org-about-company-module__company-size-definition-text', 'dd.org-page-details__employees-on-linkedin-count'],
};

export const ARTICLE_SELECTORS = {
  /** The author's link in an article (/pulse/…); comments and "more articles" link to other people. */
  author: [
    'a[data-tracking-control-name="pulse-article_main-author-card"]', // 2017+ author card (name in screen-reader text)
    'a[href*="trk=pulse-det-athr"]', // 2016 article header (name in the title attribute and the link text)
  ],
};
