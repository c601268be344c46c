// Gmail selectors as data, each list tried in order. Seen in the Gmail web app's conversation view
// (mail.google.com/mail/u/0/#inbox/<id>, 2023–2025 markup): Gmail's class names are obfuscated but have been stable
// for years (gD, a3s, adn…); attributes (email=, data-message-id, aria-label) are preferred where they exist.

export const GMAIL_SELECTORS = {
  /** The open conversation. Conversation view inside the main region; the whole document as a last resort. */
  thread: ['div[role="main"] div[role="list"]', 'div[role="main"]', 'body'],
  /**
   * One message each, oldest first. Expanded: div.adn (class "adn ads") with data-message-id="#msg-f:…";
   * collapsed: div.kv (a one-line summary); several hidden in the middle of a long thread: div.kQ.
   */
  message: ['div.adn, div.kv, div.kQ', '[data-message-id], [data-legacy-message-id]', 'div[role="listitem"]'],
  /**
   * The sender in a message header: <span class="gD" email="jane@x" name="Jane Doe">Jane Doe</span>, inside
   * h3.iw of the header table (div.gE). Recipients use span.g2, so gD is asked for first.
   */
  sender: ['span.gD[email]', 'h3.iw span[email]', '.gE span[email]', 'span[email][name]', '[data-hovercard-id*="@"]'],
  /** A row of the message list (inbox, search): its sender elements are other conversations, never this one's. */
  listRow: ['tr.zA', '[role="row"]'],
  /** Recipients carry an email attribute too (span.g2): never the sender. */
  recipient: ['span.g2', '.hb [email]'],
  /** The message body: div.a3s (also .ii.gt around it). Missing in a collapsed message. */
  body: ['div.a3s', '.ii.gt', 'div[data-message-id] div[dir="ltr"]'],
  /** Quoted history inside a body: div.gmail_quote (with the "On … wrote:" div.gmail_attr), older .gmail_extra. */
  quote: ['div.gmail_quote', '.gmail_quote', 'blockquote.gmail_quote', 'div.gmail_extra', 'div.yj6qo'],
  /**
   * The signed-in user: the Google Account button, aria-label "Google Account: Tom Smith (tom@example.net)"; the
   * account card's data-email; the document title "Inbox (3) - tom@example.net - Gmail" as a fallback.
   */
  account: ['a[aria-label^="Google Account:"]', 'a[aria-label*="@"][href*="accounts.google.com"]', '[data-email]'],
} as const;
