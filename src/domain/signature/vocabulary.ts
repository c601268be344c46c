// Word lists the signature parser matches against (sign-offs per language are in sign-offs.ts).

/** Closing phrases live in one table per language (sign-offs.ts). */
export { SIGN_OFFS } from './sign-offs';

/** "Sent from my iPhone" and friends, per language: a line that is only one of these is dropped wherever it appears. */
const SENT_FROM_BY_LANGUAGE: Record<string, string[]> = {
  en: [String.raw`sent from (?:my |the )?\S.*`, String.raw`sent (?:via|using|with) \S.*`, String.raw`get outlook for \S.*`, String.raw`sent from outlook\b.*`, String.raw`sent from mail for windows.*`, String.raw`sent from yahoo mail.*`],
  de: [String.raw`(?:diese nachricht wurde )?von meinem \S.* gesendet\.?`, String.raw`gesendet von meinem \S.*`, String.raw`gesendet von \S+ für \S+.*`, String.raw`gesendet (?:mit|vom|von der|über) \S.*`],
  fr: [String.raw`envoyé de mon \S.*`, String.raw`envoyé depuis (?:mon )?\S.*`, String.raw`envoyé à partir de \S.*`, String.raw`obtenir outlook pour \S.*`],
  es: [String.raw`enviado desde mi \S.*`, String.raw`enviado desde \S.*`, String.raw`obtener outlook para \S.*`],
  pt: [String.raw`enviado d[oe] (?:meu |minha )?\S.*`, String.raw`enviado a partir d[oe] \S.*`, String.raw`obter o outlook para \S.*`],
  it: [String.raw`inviato da(?:l mio| il mio)? \S.*`, String.raw`scarica outlook per \S.*`],
  nl: [String.raw`(?:verzonden|verstuurd) (?:vanaf|vanuit|met|van|via) (?:mijn )?\S.*`, String.raw`outlook voor \S+ downloaden`],
  nordic: [String.raw`sendt fra (?:min |mi )?\S.*`, String.raw`skickat från (?:min )?\S.*`, String.raw`lähetetty \S.*`],
  pl: [String.raw`wysłane z (?:mojego |mojej )?\S.*`],
  ro: [String.raw`trimis de pe \S.*`],
  hu: [String.raw`az \S+ küldve`, String.raw`\S+ küldve`],
  cs: [String.raw`odesláno z (?:mého )?\S.*`],
  ru: [String.raw`отправлено с (?:моего )?\S.*`],
  el: [String.raw`στάλθηκε από \S.*`],
  tr: [String.raw`\S+'?(?:umdan|imden|ımdan) gönderildi`],
  ar: [String.raw`أُ?رسلت من .*`],
  zh: [String.raw`從我的\s?\S.*傳送`, String.raw`发自我的\s?\S.*`],
};
/** Also inside brackets: "(Sent from mobile device)", "<<Sent from my tablet>>". */
export const SENT_FROM = new RegExp(`^\\s*[(<[]*\\s*(?:${Object.values(SENT_FROM_BY_LANGUAGE).flat().join('|')})\\s*[)>\\]]*\\s*$`, 'iu');

/** Bidirectional marks, zero-width spaces and the BOM: Arabic and Hebrew clients wrap lines in them; never text. */
export const INVISIBLE_MARKS = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** A postscript: the sender's own text again, not part of their signature ("P.S.", "PS:", "P.P.S."). */
export const POSTSCRIPT = /^\s*(?:p\.\s?)+s\.?(?=[\s:,-])|^\s*p+s\s*[:\-]/i;

/** Header labels and template placeholders that stand alone where a name would ("FROM", "[Name]", "Signature"). */
export const NOT_A_NAME = new Set([
  'from', 'to', 'cc', 'bcc', 'subject', 'sender', 'recipient', 'name', 'full name', 'your name', 'signature', 'text',
  'content', 'message', 're', 'fw', 'fwd', 'von', 'an', 'betreff', 'de', 'objet', 'para', 'asunto', 'van', 'aan',
  // Words that open a sentence, left alone on the last line when a reply header above them was cut off ("After").
  'after', 'before', 'afterwards', 'later', 'then', 'also', 'again', 'regarding', 'please', 'thanks', 'thank',
  'thankyou', 'yes', 'no', 'ok', 'okay', 'sure', 'agreed', 'done', 'update', 'note', 'meanwhile', 'however', 'anyway',
  'hi', 'hello', 'hey', 'dear', 'attached', 'below', 'above', 'see', 'fyi', 'today', 'tomorrow', 'yesterday',
  // Markings over or under a message.
  'confidential', 'private', 'personal', 'urgent', 'important', 'draft', 'internal',
]);

/** Header labels of Outlook-style quoted blocks, per language (the From label, then the others). */
export const HEADER_FROM_LABELS = ['from', 'von', 'de', 'van', 'da', 'fra', 'från', 'od', 'nadawca', 'от', 'من', 'από', 'feladó', 'de la', 'kimden'];
export const HEADER_OTHER_LABELS = [
  'sent', 'date', 'to', 'cc', 'subject', 'gesendet', 'datum', 'an', 'betreff', 'envoyé', 'à', 'objet', 'enviado', 'fecha',
  'para', 'asunto', 'sendt', 'til', 'emne', 'dato', 'skickat', 'till', 'ämne', 'verzonden', 'aan', 'onderwerp', 'inviato',
  'oggetto', 'wysłano', 'do', 'temat', 'adresat', 'отправлено', 'кому', 'тема', 'дата', 'копия', 'تم الإرسال', 'إلى',
  'الموضوع', 'στάλθηκε', 'προς', 'θέμα', 'elküldve', 'címzett', 'tárgy', 'trimis', 'către', 'subiect', 'odesláno', 'komu',
  'předmět', 'gönderildi', 'kime', 'konu',
];

/** The verb other languages' clients end a reply header with ("… skrev:", "… a scris:"), past and present tense ("написал", "пише"); regex source. English, German, French and Spanish headers have their own patterns in newest-part.ts. */
export const REPLY_HEADER_VERBS = [
  'skrev', 'escreveu', 'ha scritto', 'schreef', 'het volgende geschreven', 'kirjoitti', String.raw`napisał(?:\(a\))?`,
  'napisała', 'написал[аи]?', 'написав(?:ла)?', 'пишет', 'пише', 'írta', 'a scris', 'napsal', 'έγραψε', String.raw`كتب(?:\/كتبت)?`,
  'yazdı',
];

/** A mailing list's footer (Mailman, Google Groups): everything from it on is the list's, not the sender's. */
/** A free web-mail service's advertisement appended under the message (Yahoo!, MSN, Hotmail): never the sender's. */
export const WEBMAIL_AD = /^\W*(?:do you yahoo!?\??|get your (?:free|private,? free) (?:@yahoo\.com address|e-?mail|download of msn)\b|get your free download of msn explorer|(?:send and receive|chat with friends).{0,40}\bmsn (?:hotmail|messenger)|yahoo! (?:mail|auctions|messenger|photos|greetings|personals)\s+-\s)/i;

export const LIST_FOOTER = /^[\W_]*(?:[\w.-]+ mailing list\b|you (?:received|are receiving) this (?:message|e-?mail)\b.{0,60}\b(?:because|subscribed)|to unsubscribe from this (?:group|list)|\S*mailman\/listinfo\b|view this message in context\s*:|sent from the .{1,80} (?:mailing list|forum) archive\b|to unsubscribe,? e-?mail\s*:|for additional commands,? e-?mail\s*:)/i;

/** The first line of a legal disclaimer; the disclaimer runs to the end of the message. */
export const DISCLAIMER_START = new RegExp([
  String.raw`^\W*(?:confidentiality (?:notice|note)|confidential(?:ity)?\s*[:\-]|disclaimer\s*[:\-]|legal notice\s*:|important notice\s*:|privileged (?:and|&) confidential)`,
  String.raw`^\W*this (?:e-?mail|message|communication|electronic mail)\b.{0,80}\b(?:confidential|privileged|intended (?:solely|only)|intended for)`,
  String.raw`^\W*the (?:information|content)s? (?:contained )?in this (?:e-?mail|message|communication|electronic mail)`,
  String.raw`^\W*this (?:e-?mail|message) is for the (?:named|intended) (?:person|recipient|addressee)`,
  String.raw`^\W*if you (?:have )?receive[d]? this (?:e-?mail|message) in error`,
  String.raw`^\W*please consider the environment before printing`,
  String.raw`^\W*diese (?:e-?mail|nachricht)\b.{0,60}\b(?:enthält|kann) vertrauliche`,
  String.raw`^\W*(?:diese e-?mail|die information(?:en)? in dieser e-?mail) ist (?:ausschließlich|vertraulich|nur für)`,
  String.raw`^\W*bitte denken sie an die umwelt`,
  String.raw`^\W*ce (?:message|courriel|e-?mail|mail)\b.{0,80}\b(?:confidentiel|destiné|strictement)`,
  String.raw`^\W*(?:avertissement|avis de confidentialité)\s*:`,
  String.raw`^\W*(?:este|el presente) (?:mensaje|correo(?: electrónico)?|e-?mail)\b.{0,80}\b(?:confidencial|dirigido|destinado)`,
  String.raw`^\W*aviso (?:legal|de confidencialidad)\s*:`,
  String.raw`^\W*disclaimer\W*$`,
  String.raw`^\W*(?:le informazioni contenute in quest[oa]|questo messaggio\b.{0,80}\briservat)`,
  String.raw`^\W*(?:de informatie (?:verzonden )?in (?:dit|deze) (?:e-?mail|bericht)|dit (?:e-?mail)?bericht\b.{0,80}\bvertrouwelijk)`,
  String.raw`^\W*(?:esta mensagem|este e-?mail)\b.{0,80}\b(?:confidencia|destinad)`,
  String.raw`^\W*(?:denne|dette|denna) (?:e-?mail|e-?post|meddelelse|meddelande|melding)\b.{0,80}\b(?:fortrolig|konfidentiel|konfidensiell|sekretess|konfidentiell)`,
].join('|'), 'i');

/** Company-register and tax lines (German "Pflichtangaben", UK/FR/ES equivalents): legal text, never contact data. */
export const LEGAL_LINE = /^\W*sitz\s*:|\bphg\s*:|\bhr[ab]\s+[a-z]{3,}\b|\b(?:amtsgericht|registergericht|handelsregister|hrb\s*\d|hra\s*\d|sitz der gesellschaft|ust-?id|steuer-?nr|geschäftsführer(?:in|ung)?\s*:|vorstand\s*:|aufsichtsrat|registered (?:office|in england|number)|company (?:registration|reg\.?|number)|vat (?:no|number|reg)|rcs\s|siret|siren|capital social|cif\s*:|nif\s*:|registro mercantil)/i;

/** Marketing and scheduling lines: dropped, but a scheduling link is kept as the website of last resort. */
export const MEETING_LINK = /\b(?:calendly\.com|cal\.com|meetings(?:-\w+)?\.hubspot\.com|hubspot\.com\/meetings|savvycal\.com|chilipiper\.com|youcanbook\.me|tidycal\.com|zcal\.co|bookwithme|outlook\.office(?:365)?\.com\/(?:owa\/calendar|book))\b/i;
export const BANNER_LINE = /\b(?:book (?:a |some )?(?:meeting|call|demo|time)|schedule (?:a |some )?(?:meeting|call|demo|time)|grab (?:a )?time|find a time|book time with me|termin (?:buchen|vereinbaren)|prendre (?:un )?rendez-vous|réserver (?:un )?créneau|reserv[ae]r? (?:una )?reunión|agenda(?:r)? (?:una )?reunión|we['’]re hiring|wir stellen ein|nous recrutons|estamos contratando|join us at|meet us at|visit us at booth|download (?:our|the) |register now|jetzt anmelden|follow us on|folgen sie uns|suivez-nous|síguenos|subscribe to our|check out our|award[- ]winning|voted best)\b/i;

/** Email providers whose domain says nothing about the sender's employer. */
export const FREE_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'yahoo.es', 'ymail.com', 'hotmail.com',
  'hotmail.co.uk', 'hotmail.fr', 'hotmail.de', 'hotmail.es', 'outlook.com', 'outlook.de', 'outlook.fr', 'outlook.es',
  'live.com', 'live.de', 'live.fr', 'msn.com', 'aol.com', 'icloud.com', 'me.com', 'mac.com', 'protonmail.com', 'proton.me',
  'pm.me', 'gmx.de', 'gmx.net', 'gmx.com', 'gmx.at', 'gmx.ch', 'web.de', 't-online.de', 'freenet.de', 'posteo.de',
  'mailbox.org', 'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net', 'cox.net', 'orange.fr', 'wanadoo.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'libero.it', 'mail.ru', 'yandex.ru',
  'yandex.com', 'zoho.com', 'fastmail.com', 'hey.com', 'tutanota.com', 'qq.com', '163.com', 'terra.es', 'telefonica.net',
]);

/** Phone labels as signatures write them, longest first so "Mobile" wins over "M". */
export const PHONE_LABELS: [RegExp, 'mobile' | 'office' | 'direct' | 'fax' | 'home' | undefined][] = [
  [/^(?:fax|telefax|f|télécopie|facsimile|facsimile transmission|📠)$/iu, 'fax'],
  [/^(?:m|mob|mobile|mobil|mobiltelefon|cell|cellular|cell phone|handy|portable|port|mobile phone|móvil|movil|celular|cel|tel\.? ?móvil|tel\.? ?mobile|mobilnummer|gsm|cellulare|mobiel|telemóvel|telemovel|natel|wireless|📱)$/iu, 'mobile'],
  [/^(?:d|dd|ddi|direct|direct line|direct dial|durchwahl|dw|ligne directe|directo|línea directa|linea directa)$/i, 'direct'],
  [/^(?:t|tel|tél|tele|telefon|telephone|téléphone|teléfono|telefono|telefoon|telefone|tlf|tfn|puh|puhelin|phone|ph|p|o|office|work|w|büro|buero|bureau|oficina|fijo|fixo|switchboard|main|zentrale|standard|festnetz|sentralbord|växel|vaxel|kontor|voice|📞|☎️?)$/iu, 'office'],
  [/^(?:h|home|privat|domicile|casa)$/i, 'home'],
];

/** A line with only an internal extension: "x6721", "x-37059", "Ext. 104", "X3-6259", "*7086". Not dialable from outside. */
export const EXTENSION_LINE = /^(?:(?:x|ext\.?|extn?\.?|extension)\s*[-.:]?\s*\d[\d-]{2,7}|x?\d-\d{4}|\*\d{3,5})$/i;

/** Words that make a line a job title. Matched on word boundaries, case-insensitively unless all capitals. */
export const TITLE_WORDS = [
  'CEO', 'CTO', 'CFO', 'COO', 'CMO', 'CRO', 'CIO', 'CISO', 'CPO', 'CSO', 'CCO', 'VP', 'SVP', 'EVP', 'AVP', 'GM', 'SDR', 'BDR', 'AE',
  'founder', 'co-founder', 'cofounder', 'owner', 'president', 'vice president', 'chairman', 'chair', 'partner',
  'managing partner', 'principal', 'director', 'head', 'lead', 'manager', 'officer', 'chief', 'executive', 'engineer',
  'developer', 'architect', 'consultant', 'advisor', 'adviser', 'analyst', 'specialist', 'associate', 'coordinator',
  'representative', 'rep', 'account executive', 'strategist', 'designer', 'scientist', 'researcher', 'recruiter',
  'administrator', 'assistant', 'intern', 'trainee', 'sales', 'marketing', 'dean', 'provost', 'rector', 'chancellor',
  'management', 'engineering', 'finance', 'legal', 'attorney', 'counsel', 'accountant', 'controller',
  'editor', 'producer', 'professor', 'lecturer', 'teacher', 'nurse', 'physician', 'evangelist', 'advocate', 'agent',
  'broker', 'secretary', 'treasurer', 'supervisor', 'operations', 'success', 'development', 'procurement', 'purchasing',
  'support',
  // German
  'geschäftsführer', 'geschäftsführerin', 'inhaber', 'inhaberin', 'gründer', 'gründerin', 'leiter', 'leiterin', 'leitung',
  'vertrieb', 'vertriebsleiter', 'vertriebsleiterin', 'berater', 'beraterin', 'referent', 'referentin', 'projektleiter',
  'projektleiterin', 'abteilungsleiter', 'abteilungsleiterin', 'vorstand', 'prokurist', 'prokuristin', 'entwickler',
  'entwicklerin', 'ingenieur', 'ingenieurin', 'einkauf', 'einkäufer', 'einkäuferin', 'sachbearbeiter', 'sachbearbeiterin',
  'key account', 'kundenbetreuer', 'kundenbetreuerin', 'teamleiter', 'teamleiterin', 'bereichsleiter', 'bereichsleiterin',
  // French
  'directeur', 'directrice', 'responsable', 'chef', 'gérant', 'gérante', 'fondateur', 'fondatrice', 'ingénieur',
  'ingénieure', 'chargé', 'chargée', 'commercial', 'commerciale', 'président', 'présidente', 'associé', 'associée',
  'conseiller', 'conseillère', 'développeur', 'développeuse', 'chef de projet', 'délégué', 'déléguée', 'attaché', 'attachée',
  // Spanish
  'director', 'directora', 'gerente', 'jefe', 'jefa', 'fundador', 'fundadora', 'socio', 'socia', 'presidente', 'presidenta',
  'consultor', 'consultora', 'asesor', 'asesora', 'ejecutivo', 'ejecutiva', 'ventas', 'comercial', 'responsable',
  'desarrollador', 'desarrolladora', 'ingeniero', 'ingeniera', 'coordinador', 'coordinadora', 'administrador', 'administradora',
  'comprador', 'compradora', 'vendedor', 'vendedora', 'analista', 'técnico', 'técnica', 'gestor', 'gestora', 'propietario',
  'propietaria', 'asistente', 'encargado', 'encargada', 'delegado', 'delegada',
  // French (more)
  'acheteur', 'acheteuse', 'vendeur', 'vendeuse', 'technicien', 'technicienne', 'assistante', 'comptable', 'gestionnaire',
  'administrateur', 'administratrice', 'dirigeant', 'dirigeante', 'PDG', 'DG', 'DAF', 'DRH',
  // German (more)
  'mitarbeiter', 'mitarbeiterin', 'assistentin', 'assistenz', 'verkäufer', 'verkäuferin', 'techniker', 'technikerin',
  // Italian
  'responsabile', 'direttore', 'direttrice', 'amministratore', 'amministratrice', 'amministratore delegato', 'titolare',
  'consulente', 'addetto', 'addetta', 'impiegato', 'impiegata', 'ingegnere', 'tecnico', 'venditore', 'venditrice',
  // Portuguese
  'diretor', 'diretora', 'sócio', 'sócia', 'coordenador', 'coordenadora', 'engenheiro', 'engenheira', 'assistente',
  'proprietário', 'proprietária',
  // Dutch
  'inkoper', 'eigenaar', 'verkoper', 'oprichter', 'bedrijfsleider', 'projectleider', 'teamleider', 'vennoot', 'directie',
  // Danish, Norwegian, Swedish
  'daglig leder', 'direktør', 'direktör', 'administrerende direktør', 'adm. direktør', 'verkställande direktör', 'VD',
  'säljare', 'sælger', 'selger', 'konsulent', 'konsult', 'rådgiver', 'rådgivare', 'ejer', 'eier', 'ägare', 'grundare',
  'grundlægger', 'gründer', 'indkøber', 'innkjøper', 'inköpare',
];

/**
 * Level words that need the function they head: "Manager, Gas Scheduling" is one title, while "CEO, Acme" is a
 * title and a company. A title made of one of these alone never splits off what follows a comma or dash as a company.
 */
export const LEVEL_ONLY_TITLES = new Set([
  'manager', 'senior manager', 'director', 'senior director', 'associate director', 'head', 'lead', 'team lead',
  'supervisor', 'coordinator', 'specialist', 'analyst', 'senior analyst', 'engineer', 'senior engineer', 'administrator',
  'leiter', 'leiterin', 'responsable', 'jefe', 'jefa', 'gerente', 'directeur', 'directrice', 'manager senior',
]);

/** Legal-form and common suffixes that make a line a company name. */
export const COMPANY_SUFFIX = /(?:^|[\s,])(?:inc\.?|incorporated|llc|l\.l\.c\.|llp|l\.l\.p\.|p\.c\.|ltd\.?|limited|corp\.?|corporation|co\.|plc|gmbh(?:\s*&\s*co\.?\s*kg)?|ag|kg|ohg|kgaa|gbr|e\.?\s?k\.?|ug(?:\s*\(haftungsbeschränkt\))?|se|sa|s\.a\.|sas|sarl|s\.a\.r\.l\.|sl|s\.l\.|s\.l\.u\.|slu|bv|b\.v\.|nv|n\.v\.|oy|ab|as|asa|a\/s|aps|ltda\.?|lda\.?|eireli|v\.o\.f\.|vof|bvba|sprl|snc|s\.n\.c\.|sàrl|pty(?:\s*ltd)?|srl|s\.r\.l\.|spa|s\.p\.a\.|group|gruppe|groupe|grupo|holding|holdings|labs?|technologies|technology|tech|software|systems|solutions|partners|consulting|consultants|ventures|capital|studios?|agency|agentur|media|networks|analytics|logistics|robotics|industries|international|associates|& co\.?|company)\s*$/i;

/** Street words (with a number nearby) that make a line an address. */
export const STREET_WORDS = /\b(?:street|st\.|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|drive|dr\.|lane|ln\.?|way|place|pl\.|court|ct\.|square|sq\.|parkway|pkwy|highway|hwy|suite|ste\.?|floor|fl\.|unit|building|plaza|straße|strasse|str\.|platz|weg|allee|ring|damm|gasse|ufer|chaussee|rue|avenue|boulevard|bd|quai|place|allée|chemin|impasse|calle|c\/|avda\.?|avenida|paseo|plaza|carrer|camino|ronda|travesía|piso|planta)(?![a-zäöüßéèíóñ])|[a-zäöüß]+(?:straße|strasse|str\.|platz|weg|allee|ring|damm|gasse|ufer)(?![a-zäöüß])/i;

/** Country names as signatures write them, mapped to ISO codes (also used to pick the default phone country). */
export const COUNTRIES: Record<string, string> = {
  'usa': 'US', 'u.s.a.': 'US', 'us': 'US', 'united states': 'US', 'united states of america': 'US',
  'uk': 'GB', 'u.k.': 'GB', 'united kingdom': 'GB', 'england': 'GB', 'scotland': 'GB', 'great britain': 'GB',
  'germany': 'DE', 'deutschland': 'DE', 'allemagne': 'DE', 'alemania': 'DE', 'austria': 'AT', 'österreich': 'AT',
  'switzerland': 'CH', 'schweiz': 'CH', 'suisse': 'CH', 'suiza': 'CH', 'france': 'FR', 'frankreich': 'FR', 'francia': 'FR',
  'spain': 'ES', 'españa': 'ES', 'espana': 'ES', 'spanien': 'ES', 'espagne': 'ES', 'mexico': 'MX', 'méxico': 'MX',
  'argentina': 'AR', 'colombia': 'CO', 'chile': 'CL', 'peru': 'PE', 'perú': 'PE', 'canada': 'CA', 'ireland': 'IE',
  'netherlands': 'NL', 'the netherlands': 'NL', 'nederland': 'NL', 'belgium': 'BE', 'belgique': 'BE', 'italy': 'IT',
  'italia': 'IT', 'portugal': 'PT', 'sweden': 'SE', 'denmark': 'DK', 'norway': 'NO', 'finland': 'FI', 'poland': 'PL',
  'australia': 'AU', 'new zealand': 'NZ', 'india': 'IN', 'singapore': 'SG', 'japan': 'JP', 'brazil': 'BR', 'brasil': 'BR',
  'luxembourg': 'LU',
};

export const US_STATES = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD',
  'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD',
  'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
]);

/**
 * Country-code top-level domains that reliably name a country (for national phone numbers). Vanity ccTLDs that
 * companies anywhere use (.co, .io, .ai, .me, .tv, .ly…) are left out on purpose.
 */
export const TLD_COUNTRY: Record<string, string> = {
  de: 'DE', at: 'AT', ch: 'CH', fr: 'FR', es: 'ES', uk: 'GB', ie: 'IE', nl: 'NL', be: 'BE', it: 'IT', pt: 'PT', se: 'SE',
  dk: 'DK', no: 'NO', fi: 'FI', pl: 'PL', mx: 'MX', ar: 'AR', cl: 'CL', ca: 'CA', au: 'AU', nz: 'NZ', in: 'IN',
  sg: 'SG', jp: 'JP', br: 'BR', lu: 'LU', za: 'ZA', cz: 'CZ', sk: 'SK', hu: 'HU', ro: 'RO', gr: 'GR', il: 'IL', kr: 'KR',
};

/** Social networks recognised in signature links, keyed the way ProspectFields.profiles is. */
export const PROFILE_HOSTS: [RegExp, string][] = [
  [/(?:^|\.)linkedin\.com\/(?:in|pub)\//i, 'linkedin'],
  [/(?:^|\.)(?:twitter|x)\.com\/(?!intent|share|home|search)[A-Za-z0-9_]{1,15}\/?$/i, 'x'],
  [/(?:^|\.)github\.com\/[A-Za-z0-9-]+\/?$/i, 'github'],
  [/(?:^|\.)xing\.com\/profile\//i, 'xing'],
  [/(?:^|\.)facebook\.com\/(?!sharer)[^/?#]+\/?$/i, 'facebook'],
  [/(?:^|\.)instagram\.com\/[^/?#]+\/?$/i, 'instagram'],
  [/(?:^|\.)youtube\.com\/(?:@|c\/|channel\/|user\/)/i, 'youtube'],
  [/(?:^|\.)mastodon\.social\/@/i, 'mastodon'],
  [/(?:^|\.)bsky\.app\/profile\//i, 'bluesky'],
];
