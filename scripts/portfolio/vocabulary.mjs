/**
 * The fictional company's words: its name, departments, people, vendors and the phrases the
 * generator builds names and descriptions from. Every company, vendor and person is invented.
 */

/** A manufacturer of kitchen and home appliances that also sells through its own stores. */
export const COMPANY = {
	name: 'Halden Home Group',
	short: 'Halden'
};

/** Departments and the base of their cost-centre codes (CC-1040, CC-1045, ...). */
export const DEPARTMENTS = /** @type {const} */ ([
	['Finance', 1040],
	['HR', 1100],
	['Sales', 1200],
	['Marketing', 1250],
	['Digital', 1280],
	['Customer Service', 1300],
	['Operations', 1400],
	['Supply Chain', 1500],
	['IT', 1600],
	['Legal', 1700],
	['R&D', 1800]
]);

export const FIRST_NAMES = [
	'Alice', 'Bob', 'Chloé', 'David', 'Elena', 'Farid', 'Grace', 'Hiroshi', 'Ingrid', 'Jamal',
	'Katarzyna', 'Liam', 'Mei', 'Nikolai', 'Olivia', 'Pedro', 'Quentin', 'Rania', 'Sofia', 'Tomás',
	'Uma', 'Viktor', 'Wen', 'Ximena', 'Yusuf', 'Zoë', 'Aisha', 'Bruno', 'Carmen', 'Dmitri',
	'Emma', 'Felix', 'Gabriela', 'Hannah', 'Ivan', 'Julia', 'Kwame', 'Laura', 'Marco', 'Nadia',
	'Oscar', 'Priya', 'Rafael', 'Sanjay', 'Tessa', 'Ulrich', 'Valentina', 'William', 'Yara', 'Zain',
	'Amara', 'Ben', 'Clara', 'Daniel', 'Esther', 'Gustavo', 'Helena', 'Isaac', 'Jonas', 'Kenji',
	'Lucía', 'Mateo', 'Noor', 'Paul'
];

export const LAST_NAMES = [
	'Moreau', 'Ng', 'Schmidt', 'Okafor', 'Rossi', 'Tanaka', 'Novak', 'Haddad', 'Lindqvist', 'Costa',
	'Patel', 'Kowalski', 'Dubois', "O'Brien", 'García', 'Müller', 'Chen', 'Andersson', 'Ivanova', 'Mensah',
	'Fischer', 'Silva', 'Nakamura', 'Hughes', 'Bianchi', 'Jansen', 'Kaur', 'Lefèvre', 'Mahlangu', 'Nguyen',
	'Olsen', 'Petrov', 'Quinn', 'Reyes', 'Sato', 'Thompson', 'Ueda', 'Varga', 'Walsh', 'Yilmaz',
	'Zhang', 'Abbott', 'Brennan', 'Castillo', 'Dimitrov', 'Eriksen', 'Fernandes', 'Gallagher', 'Horvat', 'Ibrahim',
	'Jovanović', 'Kim', 'Larsen', 'Mwangi', 'Nielsen', 'Ortiz', 'Park', 'Richter', 'Søndergaard', 'Takahashi',
	'Vogel', 'Weber', 'Xu', 'Young', 'Zapata', 'Aziz', 'Bauer', 'Conti', 'Duarte', 'Engel', 'Foster', 'Grant'
];

/**
 * Software suppliers: name, the brand their products carry, the capability areas they sell into
 * (names of level-1 or level-2 capabilities, the first their main market; empty = any) and the
 * kind of software they sell.
 * @type {ReadonlyArray<{ name: string, brand: string, areas: string[], kinds: ('SaaS' | 'COTS')[] }>}
 */
export const VENDORS = [
	{ name: 'Meridian Systems', brand: 'Meridian', areas: ['Manufacturing', 'Supply Chain', 'Finance'], kinds: ['COTS'] },
	{ name: 'Ledgerline Software', brand: 'Ledgerline', areas: ['Finance'], kinds: ['SaaS', 'COTS'] },
	{ name: 'Granite Logic', brand: 'Granite', areas: ['Accounting', 'Billing', 'Treasury'], kinds: ['COTS'] },
	{ name: 'Stratlyn', brand: 'Stratlyn', areas: ['Planning & Reporting', 'Data & Analytics', 'Supply Planning'], kinds: ['SaaS'] },
	{ name: 'Clientele Inc.', brand: 'Clientele', areas: ['Customer'], kinds: ['SaaS'] },
	{ name: 'Kairo Labs', brand: 'Kairo', areas: ['Customer Service', 'Marketing'], kinds: ['SaaS'] },
	{ name: 'Brightfield Digital', brand: 'Brightfield', areas: ['Marketing', 'E-commerce'], kinds: ['SaaS'] },
	{ name: 'Sablewood', brand: 'Sablewood', areas: ['Sales', 'Customer Service', 'Marketing'], kinds: ['SaaS', 'COTS'] },
	{ name: 'Tessellate', brand: 'Tessellate', areas: ['Product & Innovation', 'Production'], kinds: ['COTS', 'SaaS'] },
	{ name: 'Helixware', brand: 'Helix', areas: ['Manufacturing', 'Research & Development'], kinds: ['COTS'] },
	{ name: 'Ironbark Systems', brand: 'Ironbark', areas: ['Manufacturing', 'Logistics'], kinds: ['COTS'] },
	{ name: 'Vantora', brand: 'Vantora', areas: ['Supply Chain'], kinds: ['SaaS', 'COTS'] },
	{ name: 'Tidewell Logistics Software', brand: 'Tidewell', areas: ['Logistics', 'Supply Planning'], kinds: ['SaaS'] },
	{ name: 'Pinecrest Solutions', brand: 'Pinecrest', areas: ['Procurement', 'Plant Services'], kinds: ['COTS'] },
	{ name: 'Payflow', brand: 'Payflow', areas: ['People', 'Treasury'], kinds: ['SaaS', 'COTS'] },
	{ name: 'Northstar HCM', brand: 'Northstar', areas: ['People'], kinds: ['SaaS'] },
	{ name: 'Lumenworks', brand: 'Lumen', areas: ['Talent Development', 'Workforce Management'], kinds: ['SaaS'] },
	{ name: 'Quillon', brand: 'Quillon', areas: ['Legal & Compliance'], kinds: ['SaaS', 'COTS'] },
	{ name: 'Ostrander GRC', brand: 'Ostrander', areas: ['Legal & Compliance', 'Plant Services'], kinds: ['SaaS'] },
	{ name: 'Keystone Identity', brand: 'Keystone', areas: ['Identity & Access'], kinds: ['SaaS'] },
	{ name: 'Conduit Labs', brand: 'Conduit', areas: ['Integration', 'Master Data Management'], kinds: ['COTS', 'SaaS'] },
	{ name: 'Lakeshore Analytics', brand: 'Lakeshore', areas: ['Data & Analytics'], kinds: ['COTS', 'SaaS'] },
	{ name: 'Redfern Solutions', brand: 'Redfern', areas: ['Information Technology'], kinds: ['SaaS'] },
	{ name: 'Fennick Software', brand: 'Fennick', areas: ['Collaboration', 'Contract Management', 'Legal Matter Management'], kinds: ['COTS'] },
	{ name: 'Arclight Security', brand: 'Arclight', areas: ['Security Operations', 'Identity & Access', 'Data Privacy'], kinds: ['SaaS', 'COTS'] },
	{ name: 'Corvid Data', brand: 'Corvid', areas: ['Data & Analytics', 'Customer Insights'], kinds: ['SaaS'] },
	{ name: 'Bluepeak Software', brand: 'Bluepeak', areas: [], kinds: ['SaaS', 'COTS'] },
	{ name: 'Orbisoft', brand: 'Orbisoft', areas: [], kinds: ['COTS'] },
	{ name: 'Zephyr Cloud', brand: 'Zephyr', areas: [], kinds: ['SaaS'] },
	{ name: 'Tallis & Crane', brand: 'Tallis', areas: [], kinds: ['COTS', 'SaaS'] }
];

/** Partners that build and run some in-house systems; named as the vendor of those. */
export const BUILD_PARTNERS = ['Ardent Consulting', 'Blueprint Partners', 'Kestrel Digital'];

/** Free tags, in the order they are written in a cell. */
export const TAGS = ['customer-facing', 'mobile', 'gdpr', 'pci', 'sox', 'mainframe', 'cloud-migration', 'shadow-it', 'ai-pilot', 'legacy'];

/** Platforms of the old in-house systems. */
export const LEGACY_PLATFORMS = ['AS/400', 'COBOL', 'VB6', 'Delphi', 'Classic ASP', 'Forms 6i'];

export const CODENAMES = ['Falcon', 'Heron', 'Bluebird', 'Compass', 'Lighthouse', 'Orca', 'Juniper', 'Granite', 'Quartz', 'Tern', 'Kite', 'Marlin', 'Aspen', 'Cedar', 'Puffin'];

/** Regions and units that tell apart several instances of one kind of system. */
export const QUALIFIER_REGIONS = ['EMEA', 'Americas', 'APAC', 'UK', 'Germany', 'France', 'Poland', 'Nordics', 'Spain', 'Italy', 'US', 'Canada', 'Mexico', 'Brazil', 'Japan', 'Australia', 'India', 'China', 'Turkey', 'South Africa'];
export const QUALIFIER_UNITS = ['Retail', 'Trade', 'Appliances', 'Components', 'Outlet', 'Service', 'Plant', 'Online'];

/** Second sentences for descriptions, by the application's situation. */
export const REMARKS = {
	legacy: [
		'Runs on ageing hardware, and only two people understand the nightly batch.',
		'Its platform is out of support; a replacement has been discussed but not funded.',
		'Known as "the old system" by most users, who keep it for a few reports.',
		'Changes take months because the test environment was lost in a data-centre move.',
		'Still carries data other systems read directly from its database.'
	],
	active: [
		'Rolled out across all regions, it is now the system of record.',
		'Integrates with the ERP for master data and postings.',
		'Used every day in all regions.',
		'A small product team ships changes every two weeks.',
		'Licences are renewed yearly, and usage is reviewed each spring.',
		'Configured rather than customised, so upgrades are routine.',
		'Heavily used at month end, when load triples.'
	],
	new: [
		'A pilot in one region is under way, with a wider roll-out next year.',
		'Chosen after a market review; go-live is planned in waves.',
		'Replaces several local tools once roll-out completes.'
	],
	euc: [
		'Lives on a shared drive; macros break whenever the template changes.',
		'Maintained by one analyst, with no documented backup owner.',
		'Copies data from two systems by hand each week.'
	]
};

/** Extra paragraphs for the few descriptions that span several lines. */
export const NOTES_BLOCKS = [
	'Known issues:\n- Slow at month end\n- Export to the data warehouse fails if a record has a line break',
	'Scope:\n- All stores in EMEA\n- Trade customers in the Americas from next year',
	'History: built in-house, then extended by a partner.\nOwnership moved to IT after the 2024 reorganisation.',
	'Users: planners, buyers, and a few finance analysts.\nAccess is reviewed each quarter.'
];

/** Notes on integrations, by integration type (`any` for every type); most integrations have none. */
export const INTEGRATION_NOTES = {
	any: [
		'Carries personal data, encrypted in transit.',
		'To be replaced as part of the integration roadmap.',
		'Owned by the integration team; monitored, with alerts.',
		'Fragile: fails after month end when volumes peak.'
	],
	File: ['Nightly batch; failures are reported to the service desk.', 'Uses a "temporary" CSV export set up in 2015.'],
	Database: ['Reads the source tables directly; breaks when the schema changes.'],
	Manual: ['Manual re-keying, about 2 hours a week.', 'Spreadsheet emailed every Monday, then loaded by hand.']
};
