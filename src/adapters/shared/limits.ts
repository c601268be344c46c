// Bounds that keep extraction cheap and safe on hostile or enormous pages (it runs inside the visited page).

export const LIMITS = {
  /** Elements visited by a fallback DOM walk before it gives up. */
  maxWalkElements: 200_000,
  /** Text nodes read for one element's text. */
  maxTextNodes: 2_000,
  /** Characters read for one element's text before it is cut. */
  maxTextChars: 5_000,
  /** A JSON-LD script larger than this is skipped (and reported). */
  maxJsonLdChars: 1_000_000,
  /** At most this many JSON-LD scripts are read. */
  maxJsonLdScripts: 50,
  /** Nodes visited inside one JSON-LD document. */
  maxJsonNodes: 20_000,
  /** Nesting followed inside JSON-LD or microdata. */
  maxDepth: 32,
  /** HTML handed to the microformats parser. */
  maxHCardHtmlChars: 500_000,
  /** An embedded LinkedIn code blob larger than this is skipped. */
  maxCodeBlobChars: 3_000_000,
  maxCodeBlobs: 80,
  /** People returned from one page (a team page). */
  maxPeople: 200,
  /** Field lengths. */
  nameChars: 300,
  titleChars: 300,
  headlineChars: 500,
  urlChars: 2_048,
  emailChars: 254,
  phoneChars: 64,
} as const;
