// Seniority keywords per level, in several languages. Data only: parse-title.ts folds and indexes them once at load.
// Write patterns as people type them; accents, case, dots and hyphens are folded away ("Geschäftsführer" = "geschaftsfuhrer",
// "V.P." = "v p", "Co-Founder" = "co founder"). A pattern matches whole words only; a longer phrase wins over a shorter one
// starting at the same word ("vice president" is read before "president").
import type { Seniority } from '../prospect';

export type Level = Exclude<Seniority, 'unknown'>;

/** Levels from highest to lowest: a title with several roles takes the highest ("Founder & CEO" is founder). */
export const LEVEL_RANK: readonly Level[] = [
  'owner', 'founder', 'c_suite', 'partner', 'vp', 'head', 'director', 'manager', 'senior', 'entry', 'intern',
];

export const LEVEL_WORDS: Record<Level, readonly string[]> = {
  owner: [
    'titolare', 'proprietario', 'owner', 'co-owner', 'coowner', 'business owner', 'small business owner', 'proprietor',
    'self-employed', 'self employed', 'freelance', 'freelancer', 'independent', 'sole trader',
    'entrepreneur individuel', 'inhaber', 'inhaberin', 'mitinhaber', 'mitinhaberin', 'selbstständig', 'selbständig',
    'freiberufler', 'freiberuflerin', 'unternehmer', 'unternehmerin', 'propriétaire', 'dirigeant', 'dirigeante',
    "chef d'entreprise", 'gérant', 'gérante', 'indépendant', 'indépendante', 'propietario', 'propietaria', 'dueño',
    'dueña', 'autónomo', 'autónoma', 'empresario', 'empresaria', 'proprietário', 'proprietária', 'dono', 'dona',
    'empresária', 'autônomo', 'autônoma', 'eigenaar', 'eigenares', 'mede-eigenaar', 'ondernemer', 'zelfstandige',
    'zelfstandig ondernemer', 'zzp', "zzp'er", 'directeur-eigenaar', 'directeur eigenaar',
  ],
  founder: [
    'fondatore', 'fondatrice', 'cofondatore', 'cofondatrice', 'co-fondatore', 'socio fondatore', 'founder',
    'co-founder', 'cofounder', 'founding partner', 'founding ceo', 'entrepreneur', 'serial entrepreneur', 'gründer',
    'gründerin', 'mitgründer', 'mitgründerin', 'co-gründer', 'co-gründerin', 'firmengründer', 'fondateur', 'fondatrice',
    'cofondateur', 'cofondatrice', 'co-fondateur', 'co-fondatrice', 'fundador', 'fundadora', 'cofundador',
    'cofundadora', 'co-fundador', 'co-fundadora', 'emprendedor', 'emprendedora', 'empreendedor', 'empreendedora',
    'sócio-fundador', 'sócia-fundadora', 'socio fundador', 'oprichter', 'oprichtster', 'medeoprichter',
    'mede-oprichter', 'co-oprichter',
  ],
  c_suite: [
    'amministratore delegato', 'direttore generale', 'direttrice generale', 'presidente del consiglio', 'ceo', 'cto',
    'cfo', 'coo', 'cmo', 'cio', 'ciso', 'cso', 'cro', 'cpo', 'chro', 'cdo', 'cco', 'cao', 'clo', 'cbo', 'cgo', 'cxo',
    'c-level', 'c-suite', 'chief', 'president', 'chairman', 'chairwoman', 'chairperson', 'chair', 'vice chair',
    'vice chairman', 'vice chairwoman', 'vice-chair', 'managing director', 'board member', 'member of the board',
    'board of directors', 'non-executive director', 'executive chairman', 'secretary general', 'executive board',
    'geschäftsführer', 'geschäftsführerin', 'geschäftsführender gesellschafter', 'geschäftsführung', 'vorstand',
    'vorständin', 'vorstandsmitglied', 'vorstandsvorsitzender', 'vorstandsvorsitzende', 'aufsichtsrat',
    'aufsichtsratsvorsitzender', 'präsident', 'präsidentin', 'generalsekretär', 'pdg', 'p-dg', 'président',
    'présidente', 'président-directeur général', 'présidente-directrice générale', 'directeur général',
    'directrice générale', 'dg', 'directeur général délégué', 'administrateur délégué', 'presidente',
    'director general', 'directora general', 'consejero delegado', 'consejera delegada', 'gerente general',
    'secretario general', 'diretor-presidente', 'diretora-presidente', 'diretor geral', 'diretora geral',
    'diretor-geral', 'algemeen directeur', 'algemeen directrice', 'directeur generaal', 'bestuurder',
    'bestuursvoorzitter', 'voorzitter', 'raad van bestuur', 'statutair directeur', 'independent director',
    'independent non-executive director', 'board advisor', 'board adviser', 'advisory board member',
    'member of the advisory board', 'advisory board', 'board director', 'board observer', 'non-exec',
    'non-exec director', 'non-executive', 'non-executive chair', 'non-executive chairman', 'ned', 'supervisory board',
    'supervisory board member', 'member of the supervisory board', 'beirat', 'beiratsmitglied', 'beiratsvorsitzender',
    'beiratsvorsitzende', 'aufsichtsratsmitglied', 'raad van commissarissen', 'commissaris', 'lid raad van toezicht',
    'raad van toezicht', 'toezichthouder', 'styrelseledamot', 'styrelseordförande', 'styrelsemedlem',
    'bestyrelsesmedlem', 'bestyrelsesformand', 'styremedlem', 'styreleder', 'daglig leder', 'administrerende direktør',
    'adm direktør', 'verkställande direktör', 'vd', 'koncernchef',
    // The chair and members of an association's board ("Vorsitzende", "Ordförande", "Bestuurslid").
    'vorsitzender', 'vorsitzende', 'erster vorsitzender', 'erste vorsitzende', 'stellvertretender vorsitzender',
    'stellvertretende vorsitzende', 'ordförande', 'vice ordförande', 'vice voorzitter', 'vicevoorzitter', 'formand',
    'næstformand', 'puheenjohtaja', 'varapuheenjohtaja', 'beisitzer', 'beisitzerin', 'ledamot', 'bestuurslid',
  ],
  partner: [
    'partner', 'managing partner', 'senior partner', 'equity partner', 'associate partner', 'general partner',
    'venture partner', 'partnerin', 'gesellschafter', 'gesellschafterin', 'teilhaber', 'teilhaberin', 'associé',
    'associée', 'associé gérant', 'socio', 'socia', 'socio director', 'sócio', 'sócia', 'sócio-diretor',
    'sócia-diretora', 'sócio-gerente', 'vennoot', 'managing vennoot',
  ],
  vp: [
    'vpe', 'vp', 'v p', 'vice president', 'vice-president', 'vicepresident', 'svp', 'evp', 'avp',
    'senior vice president', 'executive vice president', 'assistant vice president', 'associate vice president',
    'group vice president', 'vizepräsident', 'vizepräsidentin', 'vice-président', 'vice-présidente', 'vice président',
    'vicepresidente', 'vice presidente', 'vice-presidente',
  ],
  head: [
    'capo', 'responsabile di area', 'head', 'head of', 'global head', 'leader', 'hoofd', 'leiter', 'leiterin',
    'leitung', 'abteilungsleiter', 'abteilungsleiterin', 'chefarzt', 'chefärztin', 'dean', 'headteacher',
    'head teacher', 'school principal', 'chef de service', 'chef de département', 'jefe de departamento',
    'jefa de departamento', 'jefe de área', 'jefa de área', 'afdelingshoofd', 'teamhoofd',
  ],
  director: [
    'direttrice', 'dirigente', 'director', 'dir', 'directora', 'directeur', 'directrice', 'direktor', 'direktorin',
    'diretor', 'diretora', 'direttore', 'executive director', 'senior director', 'associate director',
    'general manager', 'country manager', 'chief of staff', 'general counsel', 'bereichsleiter', 'bereichsleiterin',
    'bereichsleitung', 'hauptabteilungsleiter', 'prokurist', 'prokuristin', 'treasurer', 'directie', 'manager director',
    // An association's treasurer in other languages.
    'schatzmeister', 'schatzmeisterin', 'kassenwart', 'kassenwartin', 'kassier', 'kassiererin', 'kassör',
    'penningmeester', 'trésorier', 'trésorière', 'tesorero', 'tesorera', 'tesoureiro', 'tesoureira', 'tesoriere',
    'rahastonhoitaja',
  ],
  manager: [
    'responsabile', 'pm', 'pmm', 'tpm', 'apm', 'gpm', 'capo progetto', 'capoprogetto', 'capo reparto', 'manager', 'mgr',
    'mngr', 'managerin', 'management', 'team lead', 'team leader', 'teamlead', 'teamleader', 'supervisor',
    'supervisora', 'superviseur', 'superviseure', 'superintendent', 'foreman', 'controller', 'product owner',
    'scrum master', 'office manager', 'hiring manager', 'csm', 'teamleiter', 'teamleiterin', 'teamleitung',
    'gruppenleiter', 'gruppenleiterin', 'projektleiter', 'projektleiterin', 'filialleiter', 'filialleiterin',
    'schichtleiter', 'schichtleiterin', 'betriebsleiter', 'betriebsleiterin', 'responsable', 'chef', 'cheffe',
    "chef d'équipe", 'chef de projet', 'chef de produit', 'gestionnaire de compte', 'encadrant', 'gerente', 'jefe',
    'jefa', 'encargado', 'encargada', 'coordinador', 'coordinadora', 'gestor', 'gestora', 'coordenador', 'coordenadora',
    'líder', 'lider', 'bedrijfsleider', 'teamleider', 'leidinggevende', 'projectleider', 'afdelingsmanager',
    'vestigingsmanager', 'leder', 'ledare', 'ansvarig', 'ansvarlig', 'projektleder', 'prosjektleder', 'projektledare',
  ],
  senior: [
    'senior', 'sr', 'snr', 'principal', 'lead', 'tech lead', 'technical lead', 'staff', 'staff engineer', 'architect',
    'expert', 'experte', 'expertin', 'experto', 'experta', 'especialista sênior', 'fellow', 'distinguished engineer',
    'professor', 'professorin', 'professeur', 'professeure', 'oberarzt', 'oberärztin', 'sénior', 'ervaren',
  ],
  entry: [
    'swe', 'sde', 'sre', 'impiegato', 'impiegata', 'addetto', 'addetta', 'ingegnere', 'sviluppatore', 'sviluppatrice',
    'consulente', 'specialista', 'tecnico', 'avvocato', 'avvocatessa', 'commercialista', 'contabile', 'insegnante',
    'docente', 'infermiere', 'infermiera', 'programmatore', 'programmatrice', 'progettista', 'acct exec', 'junior',
    'jr', 'associate', 'assistant', 'asst', 'assoc', 'assistent', 'assistentin', 'assistenz', 'assistante', 'asistente',
    'assistente', 'secretary', 'secretaire', 'secrétaire', 'secretaria', 'secretário', 'secretária', 'sekretär',
    'sekretärin', 'schriftführer', 'schriftführerin', 'sekreterare', 'secretaris', 'secretario', 'segretario',
    'segretaria', 'sihteeri', 'receptionist', 'coordinator', 'coord', 'koordinator', 'koordinatorin', 'coordinateur',
    'coordinatrice', 'coördinator', 'liaison', 'representative', 'rep', 'sdr', 'bdr', 'ae', 'account executive', 'executive',
    'exec', 'agent', 'clerk', 'officer', 'engineer', 'ingenieur', 'ingenieurin', 'ingeniero', 'ingeniera', 'ingénieur',
    'ingénieure', 'engenheiro', 'engenheira', 'developer', 'entwickler', 'entwicklerin', 'desarrollador',
    'desarrolladora', 'desenvolvedor', 'desenvolvedora', 'développeur', 'développeuse', 'ontwikkelaar', 'programmer',
    'programmierer', 'programmiererin', 'programador', 'programadora', 'analyst', 'analytiker', 'analista', 'analyste',
    'analist', 'specialist', 'spezialist', 'spezialistin', 'especialista', 'spécialiste', 'specialiste', 'consultant',
    'berater', 'beraterin', 'consultor', 'consultora', 'consultante', 'adviseur', 'advisor', 'adviser', 'conseiller',
    'conseillère', 'asesor', 'asesora', 'referent', 'referentin', 'sachbearbeiter', 'sachbearbeiterin', 'mitarbeiter',
    'mitarbeiterin', 'medewerker', 'medewerkster', 'kaufmann', 'kauffrau', 'employee', 'empleado', 'empleada',
    'funcionário', 'funcionária', 'colaborador', 'colaboradora', 'professional', 'profissional', 'scientist',
    'researcher', 'research associate', 'forscher', 'forscherin', 'investigador', 'investigadora', 'chercheur',
    'chercheuse', 'pesquisador', 'pesquisadora', 'onderzoeker', 'doktorand', 'doktorandin', 'phd candidate',
    'phd student', 'doctoral candidate', 'postdoc', 'postdoctoral researcher', 'designer', 'diseñador', 'diseñadora',
    'projetista', 'ontwerper', 'vormgever', 'illustrator', 'animator', 'accountant', 'bookkeeper', 'buchhalter',
    'buchhalterin', 'contador', 'contadora', 'contable', 'comptable', 'boekhouder', 'auditor', 'auditeur', 'auditora',
    'recruiter', 'recruiterin', 'reclutador', 'reclutadora', 'recrutador', 'recrutadora', 'recruteur', 'recruteuse',
    'sourcer', 'writer', 'copywriter', 'editor', 'redakteur', 'redakteurin', 'rédacteur', 'rédactrice', 'redacteur',
    'journalist', 'reporter', 'technician', 'techniker', 'technikerin', 'técnico', 'técnica', 'technicien',
    'technicienne', 'monteur', 'mechanic', 'electrician', 'operator', 'administrator', 'admin', 'sysadmin',
    'administrador', 'administradora', 'administrateur', 'administratrice', 'teacher', 'lehrer', 'lehrerin', 'profesor',
    'profesora', 'enseignant', 'enseignante', 'leraar', 'lerares', 'docent', 'dozent', 'dozentin', 'lecturer',
    'instructor', 'tutor', 'trainer', 'coach', 'educator', 'nurse', 'registered nurse', 'krankenschwester', 'pfleger',
    'pflegerin', 'enfermero', 'enfermera', 'enfermeiro', 'enfermeira', 'infirmier', 'infirmière', 'verpleegkundige',
    'physician', 'doctor', 'surgeon', 'dentist', 'pharmacist', 'therapist', 'physiotherapist', 'psychologist', 'arzt',
    'ärztin', 'assistenzarzt', 'assistenzärztin', 'médico', 'médica', 'médecin', 'huisarts', 'paramedic', 'midwife',
    'caregiver', 'veterinarian', 'attorney', 'lawyer', 'counsel', 'legal counsel', 'paralegal', 'solicitor',
    'barrister', 'jurist', 'juristin', 'juriste', 'rechtsanwalt', 'rechtsanwältin', 'anwalt', 'anwältin', 'avocat',
    'avocate', 'abogado', 'abogada', 'advogado', 'advogada', 'advocaat', 'notary', 'notaire', 'notario', 'notaris',
    'realtor', 'real estate agent', 'broker', 'makler', 'maklerin', 'makelaar', 'corretor', 'corretora', 'vendedor',
    'vendedora', 'verkäufer', 'verkäuferin', 'verkoper', 'vendeur', 'vendeuse', 'salesperson', 'salesman', 'saleswoman',
    'account manager assistant', 'buyer', 'einkäufer', 'einkäuferin', 'inkoper', 'acheteur', 'acheteuse', 'comprador',
    'compradora', 'planner', 'planer', 'dispatcher', 'disponent', 'disponentin', 'logistician', 'ambassador',
    'evangelist', 'advocate', 'hacker', 'graduate', 'new grad', 'medior', 'gestionnaire', 'chargé', 'chargée',
    'chargé de mission', 'chargée de mission', "chargé d'affaires", "chargée d'affaires", 'business partner',
    'hr business partner', 'talent acquisition partner', 'talent partner', 'people partner', 'finance business partner',
    'recruiting partner', 'implementation partner', 'client partner', 'founding engineer', 'founding designer',
    'founding member', 'staff nurse', 'marketer', 'cpa', 'generalist', 'headhunter', 'strategist', 'statistician',
    'banker', 'tester', 'trader', 'underwriter', 'actuary', 'photographer', 'videographer', 'translator', 'interpreter',
    'cashier', 'driver', 'worker', 'handwerker', 'cook', 'pilot', 'librarian', 'social worker', 'optometrist',
    'chiropractor', 'dietitian', 'nutritionist', 'radiologist', 'cardiologist', 'pediatrician', 'psychiatrist',
    'physiotherapeut', 'physiotherapeutin', 'pflegefachkraft', 'informatiker', 'informatikerin', 'dba', 'pleno',
    'plena', 'semi senior', 'semisenior', 'executivo', 'executiva', 'auxiliar', 'operario', 'operaria', 'operário',
    'operária', 'operador', 'operadora', 'agente', 'atendente', 'representante', 'assessor', 'assessora', 'employé',
    'employée', 'fachkraft', 'angestellte', 'angestellter', 'fachinformatiker', 'fachinformatikerin', 'beheerder',
    'staff accountant', 'staff auditor', 'staff writer', 'staff member', 'mediengestalter', 'mediengestalterin',
    'ejecutivo', 'ejecutiva', 'growth marketer', 'wirtschaftsprüfer', 'wirtschaftsprüferin', 'steuerberater',
    'steuerberaterin', 'learning partner', 'finance partner', 'customer success partner', 'hr partner',
    'people business partner', 'recruitment partner', 'udvikler', 'utvikler', 'utvecklare', 'säljare', 'sælger', 'selger',
    'konsulent', 'konsult', 'rådgiver', 'rådgivare', 'ingeniør', 'ingenjör', 'medarbejder', 'medarbeider', 'medarbetare',
    'rekryterare', 'rekrutterer', 'handläggare', 'saksbehandler', 'sagsbehandler', 'ekonom', 'økonom', 'revisor',
    'bogholder', 'regnskapsfører', 'advokat', 'werkvoorbereider',
  ],
  intern: [
    'stagista', 'tirocinante', 'apprendista', 'intern', 'interns', 'internship', 'trainee', 'graduate trainee',
    'apprentice', 'apprenticeship', 'working student', 'student', 'co-op', 'coop student', 'summer associate',
    'summer analyst', 'werkstudent', 'werkstudentin', 'praktikant', 'praktikantin', 'praktikum', 'auszubildender',
    'auszubildende', 'azubi', 'stagiaire', 'alternant', 'alternante', 'apprenti', 'apprentie', 'étudiant', 'étudiante',
    'becario', 'becaria', 'practicante', 'pasante', 'estudiante', 'estagiário', 'estagiária', 'estudante', 'aprendiz',
    'stagiair', 'student-assistent', 'afstudeerder', 'leerling',
  ],
};

/**
 * Overlaps between the lists above are settled by the most specific phrase, so entries such as "product owner" (manager),
 * "business partner" (entry) and "founding engineer" (entry) stop "owner", "partner" and "founder" from firing.
 * Phrases that carry no level at all but must still shadow a level word go here.
 */
export const LEVEL_NEUTRAL_PHRASES: readonly string[] = [
  'lead generation', 'lead gen', 'thought leader', 'thought leadership', 'process owner', 'partner manager',
  'partner marketing', 'partner success', 'partner sales', 'partner program', 'partner development',
  'partner solutions', 'partner enablement', 'partner operations', 'partner relations', 'partner ecosystem',
  'partner account', 'channel partner', 'strategic partner', 'channel partnerships', 'strategic partnerships',
  'head office', 'head quarters', 'headquarters', 'executive search', 'executive office', 'executive education',
  'change management', 'project management', 'product management', 'account management', 'management consulting',
  'management consultant', 'general management', 'key account management', 'senior living', 'student success',
  'student affairs', 'office of the ceo', 'office of the cto', 'office of the cfo', 'office of the coo', 'office of the cio',
  'office of the president', 'office of the chairman',
];

/** Compound endings (German and Dutch write "Vertriebsleiter", "Verkoopmedewerker", "Accountmanager" as one word). */
export const COMPOUND_LEVEL_ENDINGS: ReadonlyArray<readonly [ending: string, level: Level]> = [
  ['geschäftsführer', 'c_suite'], ['geschäftsführerin', 'c_suite'], ['vorstand', 'c_suite'], ['vorständin', 'c_suite'],
  ['vorsitzender', 'c_suite'], ['vorsitzende', 'c_suite'], ['directeur', 'director'], ['direktor', 'director'],
  ['direktorin', 'director'], ['director', 'director'], ['leiter', 'head'], ['leiterin', 'head'], ['leitung', 'head'],
  ['chef', 'head'], ['hoofd', 'head'], ['manager', 'manager'], ['managerin', 'manager'], ['leider', 'manager'],
  ['referent', 'entry'], ['referentin', 'entry'], ['berater', 'entry'], ['beraterin', 'entry'], [
    'spezialist', 'entry',
  ],
  ['spezialistin', 'entry'], ['specialist', 'entry'], ['assistent', 'entry'], ['assistentin', 'entry'], [
    'assistenz', 'entry',
  ],
  ['entwickler', 'entry'], ['entwicklerin', 'entry'], ['ingenieur', 'entry'], ['ingenieurin', 'entry'], [
    'kaufmann', 'entry',
  ],
  ['kauffrau', 'entry'], ['mitarbeiter', 'entry'], ['mitarbeiterin', 'entry'], ['sachbearbeiter', 'entry'],
  ['sachbearbeiterin', 'entry'], ['medewerker', 'entry'], ['medewerkster', 'entry'], ['adviseur', 'entry'],
  ['consultant', 'entry'], ['analist', 'entry'], ['analyst', 'entry'], ['koordinator', 'entry'], [
    'koordinatorin', 'entry',
  ],
  ['planer', 'entry'], ['planner', 'entry'], ['controller', 'manager'], ['buchhalter', 'entry'], [
    'buchhalterin', 'entry',
  ],
  ['designer', 'entry'], ['redakteur', 'entry'], ['redakteurin', 'entry'], ['techniker', 'entry'], [
    'technikerin', 'entry',
  ],
  ['verkäufer', 'entry'], ['verkäuferin', 'entry'], ['verkoper', 'entry'], ['einkäufer', 'entry'], [
    'inkoper', 'entry',
  ],
  ['lehrer', 'entry'], ['lehrerin', 'entry'], ['pfleger', 'entry'], ['pflegerin', 'entry'], ['arzt', 'entry'], [
    'ärztin', 'entry',
  ],
  ['therapeut', 'entry'], ['therapeutin', 'entry'], ['praktikant', 'intern'], ['praktikantin', 'intern'],
  ['werkstudent', 'intern'], ['werkstudentin', 'intern'], ['trainee', 'intern'], ['stagiair', 'intern'],
  ['gründer', 'founder'], ['gründerin', 'founder'], ['oprichter', 'founder'], ['inhaber', 'owner'], [
    'inhaberin', 'owner',
  ],
  ['eigenaar', 'owner'], ['jurist', 'entry'], ['sjef', 'head'], ['direktør', 'director'], ['leder', 'manager'],
  ['ledare', 'manager'], ['medarbejder', 'entry'], ['medarbeider', 'entry'], ['medarbetare', 'entry'],
  ['konsulent', 'entry'], ['udvikler', 'entry'], ['utvikler', 'entry'], ['utvecklare', 'entry'], ['säljare', 'entry'],
  ['rådgiver', 'entry'], ['ingeniør', 'entry'], ['ingenjör', 'entry'],
];

/**
 * Misspellings of level words seen in real titles, read as the word meant ("Sales Manger" is a manager). Folded forms.
 * Only misspellings that are not words of their own in the languages read here ("assistent" is German, not a typo).
 */
export const LEVEL_WORD_TYPOS: Readonly<Record<string, string>> = {
  manger: 'manager', mananger: 'manager', managr: 'manager', maneger: 'manager', mangager: 'manager', manaer: 'manager',
  direcor: 'director', dirctor: 'director', diretcor: 'director', directror: 'director', drector: 'director',
  diector: 'director', senoir: 'senior', seinor: 'senior', snior: 'senior', cheif: 'chief',
  presdient: 'president', presidnet: 'president', presient: 'president', predident: 'president',
  excutive: 'executive', executve: 'executive', exective: 'executive', exeuctive: 'executive', asistant: 'assistant',
  assitant: 'assistant', assisstant: 'assistant', principle: 'principal', enginner: 'engineer', engeneer: 'engineer',
  enginer: 'engineer', specalist: 'specialist', specilist: 'specialist', coordiantor: 'coordinator',
  cordinator: 'coordinator', supervisior: 'supervisor', consultent: 'consultant', developper: 'developer',
  representitive: 'representative', represenative: 'representative', offcier: 'officer', oficer: 'officer',
};

/** Words that qualify the job after them instead of being the job ("Freelance Designer" is a designer). */
export const JOB_QUALIFIERS: readonly string[] = [
  'freelance', 'independent', 'freiberuflich', 'freiberufliche', 'freiberuflicher', 'zelfstandig', 'indépendant',
  'indépendante', 'self-employed', 'self employed', 'selbstständig', 'selbstständige', 'selbstständiger',
];

/** A chair of one of these is not a company's chair ("Program Committee Chair", "Conference Chair"). */
export const COMMITTEE_WORDS: readonly string[] = [
  'committee', 'commission', 'conference', 'program', 'programme', 'track', 'session', 'workshop', 'symposium',
  'ausschuss', 'komitee', 'kommission', 'commissie', 'comite', 'kommitte', 'udvalg', 'utvalg',
];

/** A chair in a university is the head of a department or an endowed post ("Department Chair", "Endowed Chair"). */
export const ACADEMIC_WORDS: readonly string[] = [
  'department', 'dept', 'professor', 'professorship', 'faculty', 'endowed', 'university', 'school', 'college',
  'research chair', 'lehrstuhl', 'leerstoel', 'chaire',
];

/** After a C-title, a word that makes it name a unit ("CEO Office", "CTO Organization", "CFO Staff"). */
export const UNIT_WORDS: readonly string[] = [
  'office', 'organization', 'organisation', 'org', 'team', 'staff', 'group', 'department', 'dept', 'unit', 'function',
  'division', 'bureau', 'stab', 'buro',
];

/** Words that make the role after them a past one: "Former CEO", "Ex-CEO", "ehemaliger Geschäftsführer". */
export const FORMER_MARKERS: readonly string[] = [
  'former', 'formerly', 'ex', 'previously', 'prev', 'past', 'retired', 'ehemalig', 'ehemaliger', 'ehemalige', 'ehem',
  'früher', 'ancien', 'ancienne', 'anciennement', 'antiguo', 'antigua', 'anteriormente', 'exdirector', 'voormalig',
  'voormalige', 'oud', 'pensionado', 'aposentado', 'aposentada', 'retraité', 'retraitée', 'im ruhestand',
];

/** Words that end a "former" stretch: "Ex-Google, now Head of Sales". */
export const CURRENT_MARKERS: readonly string[] = [
  'now', 'currently', 'current', 'jetzt', 'aktuell', 'derzeit', 'actuellement', 'actualmente', 'atualmente', 'nu',
  'momenteel',
];

/** Words that make the role after them a wish: "Aspiring Product Manager" is at most entry level. */
export const ASPIRING_MARKERS: readonly string[] = [
  'aspiring', 'future', 'wannabe', 'seeking', 'looking for', 'open to', 'angehender', 'angehende', 'futur', 'futuro',
  'futura', 'aspirante', 'en recherche', 'en búsqueda', 'em busca', 'op zoek naar', 'toekomstig', 'toekomstige',
];

/** Roles that serve another role: after "to", "of", "der", "de" … the boss named does not make the title senior. */
export const SUBORDINATE_ROLES: readonly string[] = [
  'assistant', 'executive assistant', 'personal assistant', 'ea', 'pa', 'asst', 'assistent', 'assistentin', 'assistenz',
  'assistante', 'asistente', 'assistente', 'secretary', 'secretaire', 'secrétaire', 'secretaria', 'secretária',
  'sekretär', 'sekretärin', 'referent', 'referentin', 'advisor', 'adviser', 'chief of staff', 'aide',
];

/** Connectors between a subordinate role and the boss it serves. */
export const BOSS_CONNECTORS: readonly string[] = [
  'to', 'to the', 'for', 'for the', 'of', 'of the', 'der', 'des', 'de', 'du', 'de la', 'del', 'della', 'da', 'do',
  'dos', 'das', 'van', 'van de', 'aan', 'al', 'à', 'a la', 'au', 'to our',
];
