// Department keywords per department, in several languages. Data only: parse-title.ts folds and indexes them once at load.
// Three strengths settle titles that name several functions:
//   strong — a phrase or an unambiguous function ("customer success", "product designer", "CFO");
//   words  — a function name ("sales", "Vertrieb", "ventas");
//   weak   — a role noun that only hints at a function ("engineer", "analyst", "assistant").
// Parts joined by "&", "," or "/" are read in order ("VP Sales & Marketing" is sales); within a part the strongest match
// wins, then the one written first. `executive` is only a fallback: it applies when no other function is named.
import type { Department } from '../prospect';

export type FunctionDepartment = Exclude<Department, 'executive' | 'other'>;

export interface DepartmentWords {
  strong: readonly string[];
  words: readonly string[];
  weak: readonly string[];
}

export const DEPARTMENT_WORDS: Record<FunctionDepartment, DepartmentWords> = {
  sales: {
    strong: [
      'cro', 'enterprise accounts', 'key accounts', 'strategic accounts', 'major accounts', 'global accounts',
      'chief revenue officer', 'chief sales officer', 'account executive', 'account manager', 'key account manager',
      'key account', 'inside sales', 'field sales', 'sales engineer', 'solutions engineer', 'solution engineer',
      'solutions consultant', 'solution consultant', 'presales', 'pre-sales', 'sales development', 'sales operations',
      'sales enablement', 'sdr', 'ae', 'accountmanager', 'area sales manager', 'territory manager',
      'relationship manager', 'real estate agent', 'insurance agent', 'directeur commercial', 'directrice commerciale',
      'director comercial', 'directora comercial', 'diretor comercial', 'diretora comercial', 'gerente comercial',
      'responsable commercial', 'ingénieur commercial', 'ingénieure commerciale', 'attaché commercial',
      'technico-commercial', 'außendienst', 'innendienst', 'kundenberater', 'kundenberaterin', 'kundenbetreuer',
      'kundenbetreuerin', 'account', 'chief commercial officer', 'ejecutivo de cuentas', 'ejecutiva de cuentas',
      'executivo de contas', 'executiva de contas',
    ],
    words: [
      'salg', 'försäljning', 'sälj', 'sælger', 'selger', 'säljare', 'salgsafdeling',
      'vendite', 'acct', 'accts', 'acct exec', 'responsabile commerciale', 'direttore commerciale', 'cuentas', 'contas',
      'comptes', 'grandes cuentas', 'grands comptes', 'kam', 'representante', 'sales', 'selling', 'revenue', 'vertrieb',
      'verkauf', 'ventas', 'venta', 'vendas', 'venda', 'ventes', 'vente', 'verkoop', 'commercial', 'commerciale',
      'comercial', 'kommerziell', 'commercieel', 'retail', 'handel', 'export', 'channel', 'realtor', 'broker', 'makler',
      'makelaar', 'vendedor', 'vendedora', 'verkäufer', 'verkäuferin', 'verkoper', 'vendeur', 'vendeuse', 'salesperson',
      'salesman', 'saleswoman', 'commercieel medewerker', 'binnendienst', 'buitendienst',
    ],
    weak: ['agent', 'representative', 'rep', 'trade', 'corretor', 'corretora'],
  },
  marketing: {
    strong: [
      'pmm', 'comunicazione', 'redes sociales', 'redes sociais', 'réseaux sociaux', 'cmo', 'chief marketing officer',
      'product marketing', 'demand generation', 'demand gen', 'lead generation', 'lead gen', 'growth marketing',
      'content marketing', 'performance marketing', 'digital marketing', 'social media', 'public relations',
      'relations publiques', 'marketing communications', 'marcom', 'brand manager', 'community manager', 'copywriter',
      'content writer', 'content creator', 'content strategist', 'seo', 'sem', 'ppc', 'growth hacker',
      'brand ambassador', 'market research', 'field marketing', 'partner marketing', 'marketer', 'growth marketer',
      'event manager', 'events manager', 'media buyer', 'influencer',
    ],
    words: [
      'marked', 'marknad', 'markedsføring', 'marknadsföring', 'kommunikasjon', 'unternehmenskommunikation',
      'marca', 'marque', 'contenido', 'conteúdo', 'contenu', 'öffentlichkeitsarbeit', 'presse', 'pressesprecher',
      'pressesprecherin', 'marketing', 'mktg', 'mkt', 'growth', 'brand', 'branding', 'content', 'communications',
      'communication', 'comms', 'kommunikation', 'comunicación', 'comunicação', 'communicatie', 'pr', 'advertising',
      'werbung', 'publicidad', 'publicidade', 'reclame', 'publicité', 'mercadeo', 'mercadotecnia', 'campaign',
      'campaigns', 'events', 'event', 'community', 'media', 'redakteur', 'redakteurin', 'rédacteur', 'rédactrice',
      'redacteur', 'journalist', 'editor', 'writer', 'crm', 'ecommerce', 'e-commerce', 'webshop', 'online marketing',
      'sponsoring',
    ],
    weak: ['digital', 'evangelist', 'ambassador', 'reporter', 'creator'],
  },
  business_development: {
    strong: [
      'desarrollo comercial', 'desenvolvimento comercial', 'alianzas', 'parcerias', 'partenariats',
      'business development', 'biz dev', 'bizdev', 'bdr', 'business developer', 'partnerships', 'partnership',
      'alliances', 'alliance', 'partner manager', 'channel partnerships', 'strategic partnerships',
      'corporate development', 'new business', 'geschäftsentwicklung', 'business development manager',
      'desarrollo de negocio', 'desarrollo de negocios', 'desenvolvimento de negócios', 'développement commercial',
      'développement des affaires', 'bedrijfsontwikkeling', 'partner sales', 'partner account', 'partner success',
      'partner program', 'partner development', 'partner relations', 'partner ecosystem', 'partner enablement',
      'channel partner', 'strategic partner', 'expansion',
    ],
    words: ['bd'],
    weak: [],
  },
  customer_success: {
    strong: [
      'experiencia del cliente', 'experiência do cliente', 'expérience client', 'kundenerlebnis', 'kundenbetreuung',
      'customer success', 'client success', 'csm', 'customer experience', 'client experience', 'cx',
      'customer onboarding', 'onboarding', 'customer engagement', 'client services', 'client service',
      'customer relations', 'customer relationship', 'technical account manager', 'implementation',
      'implementation consultant', 'implementation manager', 'renewals', 'retention', 'kundenerfolg',
      'customer success manager', 'éxito del cliente', 'sucesso do cliente', 'succès client', 'klantsucces',
      'chief customer officer', 'client partner', 'account management', 'customer value', 'adoption',
    ],
    words: ['customer', 'customers', 'client', 'clients', 'kunden', 'cliente', 'clientes', 'klant', 'klanten'],
    weak: [],
  },
  support: {
    strong: [
      'assistenza clienti', 'servizio clienti', 'servicio técnico', 'assistência técnica', 'suporte técnico',
      'soporte técnico', 'atendente', 'customer support', 'customer service', 'customer care', 'technical support',
      'tech support', 'product support', 'client support', 'kundenservice', 'kundendienst', 'kundensupport',
      'atención al cliente', 'servicio al cliente', 'atendimento ao cliente', 'atendimento', 'service client',
      'service clients', 'relation client', 'klantenservice', 'call center', 'call centre', 'contact center',
      'contact centre', 'support engineer', 'support specialist',
    ],
    words: [
      'kundeservice', 'kundtjänst', 'kundservice','support', 'soporte', 'suporte', 'helpline', 'escalations'],
    weak: [],
  },
  engineering: {
    strong: [
      'ricerca e sviluppo', 'sviluppatore', 'sviluppatrice', 'programmatore', 'programmatrice', 'vpe', 'cto',
      'chief technology officer', 'chief technical officer', 'software engineer', 'software developer', 'swe', 'sde',
      'devops', 'sre', 'site reliability', 'qa', 'quality assurance', 'test automation', 'r&d', 'r & d',
      'research and development', 'research & development', 'full stack', 'fullstack', 'full-stack', 'front end',
      'frontend', 'front-end', 'back end', 'backend', 'back-end', 'embedded', 'firmware', 'scrum master', 'agile coach',
      'founding engineer', 'softwareentwicklung', 'softwareentwickler', 'softwareentwicklerin', 'software architect',
      'solutions architect', 'solution architect', 'technical architect', 'web developer', 'mobile developer', 'ios',
      'android', 'tech lead', 'technical lead', 'staff engineer', 'distinguished engineer', 'programmer',
      'programmierer', 'programmiererin', 'programador', 'programadora', 'ontwikkelaar', 'développeur', 'développeuse',
      'desarrollador', 'desarrolladora', 'desenvolvedor', 'desenvolvedora', 'entwickler', 'entwicklerin',
    ],
    words: [
      'udvikling', 'utvikling', 'utveckling', 'konstruktion', 'teknik', 'teknikk', 'udvikler', 'utvikler', 'utvecklare', 'ingeniør', 'ingenjör',
      'ingegneria', 'tecnología', 'tecnologia', 'technologie', 'technologien', 'logiciel', 'f&e', 'f & e',
      'forschung & entwicklung', 'i+d', 'p&d', 'engineering', 'eng', 'software', 'technology', 'tech', 'hardware',
      'mechanical', 'electrical', 'civil', 'platform', 'technik', 'techniek', 'ingeniería', 'engenharia', 'ingénierie',
      'entwicklung', 'ontwikkeling', 'desarrollo', 'desenvolvimento', 'développement', 'tester', 'testing', 'test',
      'web', 'mobile', 'game', 'games', 'robotics', 'automation', 'electronics', 'elektronik', 'construction', 'bau',
      'r d',
    ],
    weak: [
      'ingegnere', 'engineer', 'developer', 'dev', 'architect', 'ingenieur', 'ingenieurin', 'ingeniero', 'ingeniera',
      'ingénieur', 'ingénieure', 'engenheiro', 'engenheira', 'technical', 'technician', 'techniker', 'technikerin',
      'técnico', 'técnica', 'technicien', 'technicienne', 'monteur', 'mechanic', 'electrician', 'hacker', 'fellow',
    ],
  },
  it: {
    strong: [
      'sistemi informativi', 'dsi', "systèmes d'information", 'sistemas de información', 'sistemas de informação',
      'ciberseguridad', 'cibersegurança', 'cybersécurité', 'seguridad informática', 'segurança da informação',
      'fachinformatiker', 'fachinformatikerin', 'cio', 'ciso', 'chief information officer',
      'chief information security officer', 'information technology', 'it', 'i t', 'ict', 'sysadmin',
      'system administrator', 'systems administrator', 'network', 'netzwerk', 'infrastructure', 'helpdesk', 'help desk',
      'service desk', 'it support', 'security', 'cybersecurity', 'cyber security', 'cyber', 'information security',
      'infosec', 'edv', 'informatik', 'informatique', 'informática', 'informatica', 'sistemas', 'ti',
      'tecnologia da informação', 'tecnologías de la información', 'database administrator', 'dba', 'erp', 'sap',
      'salesforce', 'salesforce administrator', 'it-leiter', 'informatiker', 'informatikerin', 'administrateur système',
      'administrateur systèmes', 'systeembeheerder', 'applicatiebeheerder', 'systems', 'servicenow',
    ],
    words: [
      'infraestructura', 'infraestrutura', 'sécurité', 'redes', 'information', 'systems engineer',
      'systemadministrator', 'desktop', 'workplace', 'devices',
    ],
    weak: [
      'beheerder', 'cloud', 'administrator', 'admin', 'administrador', 'administradora', 'administrateur',
      'administratrice',
    ],
  },
  product: {
    strong: [
      'prodotto', 'apm', 'gpm', 'cpo', 'chief product officer', 'product manager', 'product owner',
      'product management', 'product lead', 'product analyst', 'product operations', 'product ops', 'chef de produit',
      'produktmanager', 'produktmanagerin', 'product director', 'group product manager', 'technical product manager',
      'produktowner', 'pm',
    ],
    words: [
      'product', 'products', 'produkt', 'produkte', 'producto', 'productos', 'produto', 'produtos', 'produit',
      'produits',
    ],
    weak: [],
  },
  design: {
    strong: [
      'product designer', 'ux', 'ui', 'user experience', 'user interface', 'ux research', 'ux researcher',
      'user research', 'user researcher', 'interaction design', 'interaction designer', 'graphic designer',
      'visual designer', 'brand designer', 'web designer', 'art director', 'creative director', 'motion designer',
      'industrial designer', 'grafikdesigner', 'grafikdesignerin', 'mediengestalter', 'mediengestalterin',
      'diseñador gráfico', 'designer gráfico', 'graphiste', 'vormgever', 'ontwerper', 'illustrator', 'animator',
      'design', 'designer', 'diseñador', 'diseñadora', 'diseño', 'conception', 'staff designer',
      'staff product designer', 'founding designer',
    ],
    words: [
      'ontwerp', 'grafisch', 'creative', 'kreativ', 'créatif', 'créative', 'creativo', 'creativa', 'criativo', 'grafik',
      'graphic', 'visual', 'gestaltung', 'arte',
    ],
    weak: [],
  },
  data: {
    strong: [
      'inteligencia artificial', 'inteligência artificial', 'intelligence artificielle', 'künstliche intelligenz', 'ki',
      'ia', 'cdo', 'chief data officer', 'data science', 'data scientist', 'data engineer', 'data analyst',
      'machine learning', 'ml', 'ai', 'artificial intelligence', 'business intelligence', 'bi', 'analytics', 'data',
      'daten', 'datos', 'dados', 'données', 'data-analist', 'statistician', 'statistics', 'statistik', 'deep learning',
      'nlp', 'computer vision', 'big data', 'data warehouse', 'insights', 'quantitative', 'mlops', 'llm',
    ],
    words: ['analytic', 'analytical', 'analysis', 'analyse', 'análisis', 'análise', 'reporting'],
    weak: ['analyst', 'analytiker', 'analista', 'analyste', 'analist', 'scientist'],
  },
  finance: {
    strong: [
      'commercialista', 'contabile', 'contabilità', 'amministrazione e finanza', 'cfo', 'chief financial officer',
      'fp&a', 'fp & a', 'investor relations', 'accountant', 'bookkeeper', 'buchhalter', 'buchhalterin', 'contador',
      'contadora', 'contable', 'comptable', 'boekhouder', 'controller', 'controlling', 'treasurer', 'financial analyst',
      'finance business partner', 'staff accountant', 'payroll', 'accounts payable', 'accounts receivable',
      'wirtschaftsprüfer', 'steuerberater', 'steuerberaterin', 'tax advisor', 'auditor', 'auditeur', 'auditora',
      'investment banker', 'investment banking', 'private equity', 'venture capital', 'venture', 'mergers',
      'acquisitions', 'm&a', 'm & a', 'kaufmännischer leiter', 'kaufmännische leiterin', 'directeur financier',
      'directrice financière', 'director financiero', 'directora financiera', 'diretor financeiro',
      'diretora financeira', 'financieel directeur', 'daf', 'raf', 'cpa',
    ],
    words: [
      'økonomi', 'ekonomi', 'regnskab', 'regnskap', 'redovisning', 'lohnbuchhaltung', 'lohnabrechnung', 'salarisadministratie', 'salarisadministratie', 'interne revision', 'revision', 'ekonom', 'økonom', 'bogholder', 'regnskapsfører', 'financiële administratie',
      'tesouraria', 'impuestos', 'impostos', 'fiscalité', 'belasting', 'belastingen', 'controladoria', 'nómina', 'paie',
      'folha de pagamento', 'finance', 'financial', 'finances', 'finanzen', 'finanz', 'finanzas', 'finanças',
      'financeiro', 'financeira', 'financiero', 'financiera', 'financier', 'financière', 'financiën', 'financieel',
      'financiele', 'accounting', 'accounts', 'buchhaltung', 'rechnungswesen', 'contabilidad', 'contabilidade',
      'comptabilité', 'boekhouding', 'treasury', 'tesorería', 'trésorerie', 'tax', 'taxes', 'steuer', 'steuern',
      'fiscal', 'fiscale', 'audit', 'investment', 'investments', 'investor', 'banking', 'banker', 'credit', 'risk',
      'kaufmännisch', 'kaufmännischer', 'kaufmännische', 'billing', 'invoicing', 'revisor', 'actuary', 'underwriter',
      'wealth', 'asset management', 'portfolio', 'trader', 'trading', 'quant',
    ],
    weak: [],
  },
  hr: {
    strong: [
      'learning partner', 'people business partner', 'hr partner', 'recruitment partner',
      'risorse umane', 'personale', 'chro', 'chief human resources officer', 'chief people officer', 'hr', 'h r',
      'human resources', 'people operations', 'people ops', 'people & culture', 'people and culture',
      'talent acquisition', 'recruiting', 'recruitment', 'recruiter', 'recruiterin', 'reclutador', 'reclutadora',
      'recrutador', 'recrutadora', 'recruteur', 'recruteuse', 'sourcer', 'hrbp', 'hr business partner',
      'people partner', 'talent partner', 'recruiting partner', 'employer branding', 'learning and development',
      'learning & development', 'l&d', 'l & d', 'compensation', 'benefits', 'total rewards', 'personalwesen',
      'personalabteilung', 'personalreferent', 'personalreferentin', 'personalleiter', 'personalleiterin',
      'personalmanager', 'personalmanagerin', 'recursos humanos', 'rrhh', 'rh', 'ressources humaines',
      'gestão de pessoas', 'personeelszaken', 'hrm', 'werving', 'talent', 'talentos', 'headhunter', 'executive search',
    ],
    words: [
      'personale', 'rekrytering', 'rekruttering', 'rekryterare', 'rekrutterer', 'opleidingen', 'opleiding',
      'personas', 'pessoas', 'talento', 'formation', 'capacitación', 'treinamento', 'people', 'personal', 'personnel',
      'personeel', 'culture', 'workforce', 'recrutement', 'reclutamiento', 'recrutamento', 'learning',
    ],
    weak: ['trainer'],
  },
  operations: {
    strong: [
      'coo', 'chief operating officer', 'chief operations officer', 'revops', 'health & safety', 'health and safety',
      'revenue operations', 'business operations', 'supply chain', 'logistics', 'logistik', 'logística', 'logistique',
      'logistiek', 'procurement', 'purchasing', 'einkauf', 'compras', 'achats', 'inkoop', 'office manager', 'facility',
      'facilities', 'facility management', 'project manager', 'program manager', 'programme manager',
      'project management', 'pmo', 'chef de projet', 'projektleiter', 'projektleiterin', 'projectleider',
      'projektmanager', 'projektmanagerin', 'bedrijfsleider', 'betriebsleiter', 'betriebsleiterin', 'plant manager',
      'werksleiter', 'production', 'produktion', 'producción', 'produção', 'manufacturing', 'fertigung', 'warehouse',
      'lager', 'quality', 'qualität', 'qualitätsmanagement', 'calidad', 'qualidade', 'qualité', 'kwaliteit',
      'business analyst', 'strategy', 'strategie', 'estrategia', 'estratégia', 'stratégie', 'process', 'processes',
      'prozesse', 'fleet', 'dispatcher', 'disponent', 'disponentin', 'planner', 'planer', 'executive assistant',
      'personal assistant', 'back office', 'administration', 'administrative', 'verwaltung', 'administración',
      'administração', 'secretary', 'receptionist', 'store manager', 'safety', 'ehs', 'hse', 'sustainability',
      'nachhaltigkeit', 'sourcing', 'buyer', 'einkäufer', 'einkäuferin', 'inkoper', 'acheteur', 'acheteuse',
      'comprador', 'compradora', 'transformation',
    ],
    words: [
      'indkøb', 'innkjøp', 'inköp', 'drift', 'logistikk', 'produksjon', 'kvalitet', 'instandhaltung', 'materialwirtschaft', 'arbeitsvorbereitung', 'disposition', 'unternehmensentwicklung', 'facilitaire dienst', 'facilitair', 'facilitaire zaken', 'onderhoud', 'planning', 'werkvoorbereiding', 'werkvoorbereider',
      'acquisti', 'produzione', 'qualità', 'progetto', 'progetti', 'amministrazione', 'tpm', 'capo progetto',
      'beschaffung', 'productie', 'fabricación', 'fabrication', 'projecten', 'administratie', 'administratif',
      'administrative', 'administrativo', 'administrativa', 'operations', 'ops', 'operaciones', 'operações',
      'opérations', 'operationeel', 'operationele', 'operational', 'project', 'projects', 'projekt', 'projekte',
      'proyecto', 'proyectos', 'projeto', 'projetos', 'projet', 'projets', 'project', 'program', 'programme', 'store',
      'plant', 'site', 'bedrijfsvoering',
    ],
    weak: [
      'auxiliar', 'assistant', 'assistent', 'assistentin', 'assistenz', 'assistante', 'asistente', 'assistente',
      'secretaire', 'secrétaire', 'secretaria', 'secretária', 'sekretär', 'sekretärin', 'ea', 'pa', 'asst',
      'coordinator', 'koordinator', 'coordinateur', 'coordinatrice', 'aide',
    ],
  },
  legal: {
    strong: [
      'avvocato', 'avvocatessa', 'legale', 'cumplimiento', 'conformidade', 'conformité', 'clo', 'chief legal officer',
      'general counsel', 'legal counsel', 'legal', 'lawyer', 'attorney', 'counsel', 'paralegal', 'solicitor',
      'barrister', 'jurist', 'juristin', 'juriste', 'jurídico', 'juridique', 'juridisch', 'rechtsanwalt',
      'rechtsanwältin', 'anwalt', 'anwältin', 'avocat', 'avocate', 'abogado', 'abogada', 'advogado', 'advogada',
      'advocaat', 'notary', 'notaire', 'notario', 'notaris', 'compliance', 'privacy', 'data protection', 'datenschutz',
      'dpo', 'contracts', 'recht', 'law', 'rechtsabteilung', 'legal operations', 'regulatory', 'litigation',
      'intellectual property', 'patent',
    ],
    words: [
      'juridisch', 'juridische zaken', 'juridisk', 'jura', 'advokat', 'bedrijfsjurist',],
    weak: [],
  },
  consulting: {
    strong: [
      'board advisor', 'board adviser',
      'advies', 'asesoría', 'assessoria', 'consulting', 'management consultant', 'management consulting',
      'strategy consultant', 'beratung', 'unternehmensberatung', 'unternehmensberater', 'unternehmensberaterin',
      'consultoría', 'consultoria', 'conseil', 'advisory', 'consultancy',
    ],
    words: [
      'konsulent', 'rådgiver', 'rådgivare', 'konsult',],
    weak: [
      'consulente', 'assessor', 'assessora', 'consultant', 'berater', 'beraterin', 'consultor', 'consultora',
      'consultante', 'adviseur', 'advisor', 'adviser', 'asesor', 'asesora', 'conseiller', 'conseillère',
    ],
  },
  education: {
    strong: [
      'insegnante', 'docente', 'teacher', 'lehrer', 'lehrerin', 'profesor', 'profesora', 'professor', 'professorin',
      'professeur', 'professeure', 'enseignant', 'enseignante', 'leraar', 'lerares', 'docent', 'dozent', 'dozentin',
      'lecturer', 'tutor', 'educator', 'headteacher', 'head teacher', 'school principal', 'dean', 'faculty', 'teaching',
      'curriculum', 'education', 'bildung', 'educación', 'educação', 'éducation', 'onderwijs', 'school', 'schule',
      'escuela', 'escola', 'école', 'university', 'universität', 'universidad', 'universidade', 'université',
      'universiteit', 'academic', 'postdoc', 'postdoctoral', 'phd', 'doktorand', 'doktorandin', 'phd candidate',
      'doctoral', 'e-learning', 'elearning', 'instructional designer', 'pedagogy', 'kindergarten',
    ],
    words: [
      'student', 'students', 'estudiante', 'estudante', 'étudiant', 'étudiante', 'phd student', 'research',
      'researcher', 'forscher', 'forscherin', 'investigador', 'investigadora', 'chercheur', 'chercheuse', 'pesquisador',
      'pesquisadora', 'onderzoeker',
    ],
    weak: ['instructor', 'coach'],
  },
  healthcare: {
    strong: [
      'infermiere', 'infermiera', 'nurse', 'registered nurse', 'physician', 'doctor', 'surgeon', 'dentist',
      'pharmacist', 'therapist', 'physiotherapist', 'physiotherapeut', 'physiotherapeutin', 'psychologist', 'arzt',
      'ärztin', 'oberarzt', 'oberärztin', 'chefarzt', 'chefärztin', 'assistenzarzt', 'assistenzärztin', 'médico',
      'médica', 'médecin', 'huisarts', 'enfermero', 'enfermera', 'enfermeiro', 'enfermeira', 'infirmier', 'infirmière',
      'verpleegkundige', 'krankenschwester', 'pfleger', 'pflegerin', 'pflege', 'paramedic', 'midwife', 'caregiver',
      'veterinarian', 'clinical', 'klinik', 'clinic', 'hospital', 'healthcare', 'health care', 'patient', 'patients',
      'radiologist', 'cardiologist', 'pediatrician', 'psychiatrist', 'optometrist', 'chiropractor', 'dietitian',
      'nutritionist', 'zorg', 'gezondheidszorg', 'gesundheit', 'salud', 'saúde', 'santé', 'medizin', 'cmo medical',
      'chief medical officer', 'medical director', 'care assistant', 'pflegefachkraft',
    ],
    words: ['health', 'care'],
    weak: ['medical', 'medizinisch', 'médical', 'médicale'],
  },
};

/** Words that name the top of a company without a function: used for `executive` when no function is named. */
export const EXECUTIVE_WORDS: readonly string[] = [
  'ceo', 'chief executive officer', 'chief executive', 'president', 'founder', 'owner', 'managing director',
  'general manager', 'chairman', 'chairwoman', 'chair', 'board', 'board member', 'executive board', 'vorstand',
  'geschäftsführer', 'geschäftsführerin', 'geschäftsführung', 'inhaber', 'inhaberin', 'pdg', 'directeur général',
  'directrice générale', 'director general', 'gerente general', 'presidente', 'algemeen directeur', 'executive office',
  'chief of staff', 'country manager', 'entrepreneur', 'managing partner', 'partner', 'office of the ceo',
  'office of the president', 'office of the chairman', 'board director', 'non-executive', 'non-exec', 'ned', 'supervisory board', 'beirat',
  'beiratsmitglied', 'aufsichtsratsmitglied', 'raad van commissarissen', 'commissaris', 'raad van toezicht',
  'styrelseledamot', 'styrelseordförande', 'bestyrelsesmedlem', 'bestyrelsesformand', 'styremedlem', 'styreleder',
  'daglig leder', 'administrerende direktør', 'adm direktør', 'verkställande direktör', 'vd', 'koncernchef',
];

/**
 * German and Dutch compound heads that name a department ("Vertriebs|leiter", "Personal|referentin", "Verkoop|medewerker").
 * Folded (no accents). Heads of three letters or fewer must be the whole head ("IT-" in "ITleiter"), longer ones its start.
 */
export const COMPOUND_DEPARTMENT_HEADS: ReadonlyArray<readonly [head: string, department: FunctionDepartment]> = [
  ['vertrieb', 'sales'], ['verkauf', 'sales'], ['verkoop', 'sales'], ['sales', 'sales'], ['account', 'sales'], [
    'export', 'sales',
  ],
  ['handel', 'sales'], ['aussendienst', 'sales'], ['marketing', 'marketing'], ['kommunikation', 'marketing'], [
    'werbe', 'marketing',
  ],
  ['online', 'marketing'], ['communicatie', 'marketing'], ['personal', 'hr'], ['personeel', 'hr'], [
    'recruiting', 'hr',
  ], [
    'hr', 'hr',
  ],
  ['finanz', 'finance'], ['finance', 'finance'], ['financ', 'finance'], ['buchhalt', 'finance'], [
    'rechnungs', 'finance',
  ],
  ['controlling', 'finance'], ['steuer', 'finance'], ['einkauf', 'operations'], ['inkoop', 'operations'], [
    'logistik', 'operations',
  ],
  ['logistiek', 'operations'], ['lager', 'operations'], ['produktion', 'operations'], ['betrieb', 'operations'],
  ['bedrijfs', 'operations'], ['projekt', 'operations'], ['project', 'operations'], ['qualitat', 'operations'],
  ['kwaliteit', 'operations'], ['it', 'it'], ['edv', 'it'], ['informatik', 'it'], ['ict', 'it'], [
    'software', 'engineering',
  ],
  ['entwicklung', 'engineering'], ['technik', 'engineering'], ['techn', 'engineering'], ['produkt', 'product'],
  ['product', 'product'], ['daten', 'data'], ['data', 'data'], ['recht', 'legal'], ['jurist', 'legal'], [
    'design', 'design',
  ],
  ['grafik', 'design'], ['ux', 'design'], ['schul', 'education'], ['bildung', 'education'], ['onderwijs', 'education'],
  ['klinik', 'healthcare'], ['pflege', 'healthcare'], ['praxis', 'healthcare'], ['zorg', 'healthcare'], [
    'kunden', 'customer_success',
  ],
  ['klant', 'customer_success'], ['service', 'support'], ['support', 'support'],
  // Danish, Norwegian, Swedish ("Salgs|chef", "Økonomi|sjef", "Försäljnings|chef", "Kundeservice|medarbejder").
  ['salg', 'sales'], ['forsaljning', 'sales'], ['salj', 'sales'], ['marked', 'marketing'], ['marknad', 'marketing'],
  ['okonomi', 'finance'], ['ekonomi', 'finance'], ['regnskab', 'finance'], ['regnskap', 'finance'],
  ['redovisning', 'finance'], ['lohn', 'finance'], ['salaris', 'finance'], ['indkob', 'operations'],
  ['innkjop', 'operations'], ['inkop', 'operations'], ['drift', 'operations'], ['prosjekt', 'operations'],
  ['kvalitet', 'operations'], ['produksjon', 'operations'], ['instandhaltung', 'operations'], ['onderhoud', 'operations'],
  ['udvikling', 'engineering'], ['utvikling', 'engineering'], ['utveckling', 'engineering'], ['konstruktion', 'engineering'],
  ['teknik', 'engineering'], ['kundeservice', 'support'], ['kundtjanst', 'support'], ['personale', 'hr'],
  ['rekryter', 'hr'], ['rekrutter', 'hr'], ['juridisk', 'legal'],
];
