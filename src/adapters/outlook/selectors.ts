// Outlook on the web selectors as data, each list tried in order. Seen in the reading pane of the current
// ("Monarch") Outlook web app on outlook.office.com / outlook.live.com, conversation view, 2023–2025. Obfuscated
// classes (OZZZK, XbIp4…) change with Outlook releases, so aria-labels, roles, ids and title attributes come first.

export const OUTLOOK_SELECTORS = {
  /** The reading pane. */
  pane: [
    '#ReadingPaneContainerId', // 2019– ("Monarch" and the React app)
    '[data-app-section="ConversationContainer"]',
    'div[role="main"]',
    '[aria-label="Reading Pane"]', // 2016–2018 OWA: div role="region" aria-label="Reading Pane"
    'body',
  ],
  /** One message each, oldest first (conversation view); a single message in message view has none: the pane is it. */
  message: ['div[aria-label="Email message"]', 'div[role="listitem"][data-convid]', 'div[data-convid]'],
  /**
   * The sender in a message header: the From persona, whose span carries the address in its title
   * (<span class="OZZZK" title="jane@x">Jane Doe&lt;jane@x&gt;</span>). Recipients' spans look the same, so the
   * From container is asked first and To/Cc containers are skipped by the extractor.
   */
  sender: [
    '[aria-label^="From:"] [title*="@"]',
    '[aria-label^="From "] [title*="@"]',
    'span.OZZZK[title*="@"]',
    '.OZZZK',
    'button[aria-label^="Opens card for"][title*="@"]',
    'span[title*="@"]',
  ],
  /** Recipient lists, whose address spans must not be read as the sender. */
  recipients: ['[aria-label^="To:"]', '[aria-label^="Cc:"]', '[aria-label^="Bcc:"]', '[aria-label^="To "]', '[aria-label^="An:"]'],
  /** The message body: role="document" aria-label="Message body", id="UniqueMessageBody_<n>". */
  body: [
    'div[aria-label="Message body"]',
    'div[id^="UniqueMessageBody"]',
    'div[id="Item.MessageUniqueBody"]', // 2016–2018 OWA
    'div[id="Item.MessageNormalizedBody"]',
    'div.allowTextSelection',
    'div.x_WordSection1, div.WordSection1', // a Word-generated (Outlook desktop) body shown as is
  ],
  /**
   * The signed-in user: the account manager ("me control") shows the address in #mectrl_currentAccount_secondary;
   * its trigger button's aria-label only has the name.
   */
  account: ['#mectrl_currentAccount_secondary', '[id$="currentAccount_secondary"]', '#mectrl_main_trigger[aria-label*="@"]', 'button[aria-label^="Account manager"][aria-label*="@"]'],
} as const;
