/**
 * The applications every portfolio has by design: the hubs most integrations run through, and a
 * few costly, unhealthy legacy systems that the dashboards should make obvious. Larger portfolios
 * get several regional instances of each.
 */

/**
 * @typedef {object} AppSpec fields fixed in advance; the generator fills in the rest
 * @property {string} [kind] `erp`, `crm`, `ipaas`, `dw`, `idp`, `hr`, `itsm` for hubs, `giant` for legacy
 * @property {string} [name]
 * @property {string} [aliases]
 * @property {string} [description]
 * @property {string} [vendor]
 * @property {'SaaS' | 'COTS' | 'Custom' | 'EUC'} [type]
 * @property {'SaaS' | 'Cloud' | 'On-prem' | 'Hybrid'} [hosting]
 * @property {'Plan' | 'Phase-in' | 'Active' | 'Phase-out' | 'End-of-life'} [lifecycle]
 * @property {number} [age] years in service
 * @property {1 | 2 | 3 | 4} [tier]
 * @property {[number, number]} [fit] technical and functional fit, 1-4
 * @property {number} [cost] annual cost, split into parts
 * @property {number} [users]
 * @property {number} [incidents]
 * @property {number} [eosDays] end of support, days from the reference date
 * @property {string} [department]
 * @property {'Public' | 'Internal' | 'Confidential' | 'Restricted'} [classification]
 * @property {string[]} [caps] capability paths
 * @property {string[]} [tags]
 */

const ERP_CAPS = [
	'Finance > Accounting > General Ledger',
	'Finance > Accounting > Accounts Payable',
	'Supply Chain > Procurement > Purchasing',
	'Customer > Sales > Order Management',
	'Finance > Billing > Invoicing'
];

/** @type {AppSpec[]} */
export const HUBS = [
	{
		kind: 'erp', name: 'Meridian ERP', aliases: 'MERP; Project Compass', vendor: 'Meridian Systems', type: 'COTS',
		hosting: 'Hybrid', lifecycle: 'Active', age: 9, tier: 1, fit: [3, 3], cost: 4_850_000, users: 6400, incidents: 11,
		eosDays: 1491, department: 'Finance', classification: 'Confidential', caps: ERP_CAPS, tags: ['sox'],
		description: 'The group ERP: finance, purchasing, order-to-cash and stock for every manufacturing site. Heavily customised in its first years, so upgrades are slow and expensive.'
	},
	{
		kind: 'crm', name: 'Clientele CRM', vendor: 'Clientele Inc.', type: 'SaaS', hosting: 'SaaS', lifecycle: 'Active',
		age: 5, tier: 1, fit: [4, 3], cost: 1_650_000, users: 3100, incidents: 4, department: 'Sales', classification: 'Confidential',
		caps: ['Customer > Sales > Quote Management', 'Customer > Marketing > Campaign Management', 'Customer > Customer Service > Case Management'],
		tags: ['customer-facing', 'gdpr'],
		description: 'Customer relationship management for the sales, marketing and service teams. One shared customer record across retail and trade.'
	},
	{
		kind: 'ipaas', name: 'Conduit Integration Platform', aliases: 'CIP', vendor: 'Conduit Labs', type: 'COTS', hosting: 'Cloud',
		lifecycle: 'Active', age: 4, tier: 1, fit: [4, 4], cost: 620_000, users: 45, incidents: 6, eosDays: 1856, department: 'IT',
		classification: 'Confidential', caps: ['Enterprise Services > Information Technology > Integration'],
		description: "Integration platform hosting the APIs, event streams and managed file transfers between the group's applications."
	},
	{
		kind: 'dw', name: 'Lakeshore Data Warehouse', aliases: 'EDW', vendor: 'Lakeshore Analytics', type: 'COTS', hosting: 'Cloud',
		lifecycle: 'Active', age: 6, tier: 2, fit: [3, 3], cost: 890_000, users: 1200, incidents: 5, eosDays: 1125, department: 'IT',
		classification: 'Confidential',
		caps: ['Enterprise Services > Data & Analytics > Data Warehousing', 'Enterprise Services > Data & Analytics > Reporting & BI'],
		description: 'Central data warehouse, fed nightly and in near real time from the operational systems. The source of most management reporting.'
	},
	{
		kind: 'idp', name: 'Keystone Identity', vendor: 'Keystone Identity', type: 'SaaS', hosting: 'SaaS', lifecycle: 'Active',
		age: 3, tier: 1, fit: [4, 4], cost: 410_000, users: 14500, incidents: 2, department: 'IT', classification: 'Restricted',
		caps: ['Enterprise Services > Information Technology > Identity & Access'],
		description: 'Identity provider for single sign-on, multi-factor authentication and user provisioning.'
	},
	{
		kind: 'hr', name: 'Northstar People', vendor: 'Northstar HCM', type: 'SaaS', hosting: 'SaaS', lifecycle: 'Active',
		age: 4, tier: 2, fit: [3, 4], cost: 780_000, users: 13800, incidents: 3, department: 'HR', classification: 'Restricted',
		caps: ['People > Workforce Management > Core HR'], tags: ['gdpr'],
		description: 'Core HR system of record for employees, positions and the organisation structure. Feeds payroll and identity.'
	},
	{
		kind: 'itsm', name: 'Redfern Service Desk', vendor: 'Redfern Solutions', type: 'SaaS', hosting: 'SaaS', lifecycle: 'Active',
		age: 5, tier: 2, fit: [3, 3], cost: 350_000, users: 900, incidents: 3, department: 'IT', classification: 'Internal',
		caps: ['Enterprise Services > Information Technology > IT Service Management'],
		description: 'IT service management: incidents, requests, changes and the configuration database.'
	}
];

/** @type {AppSpec[]} */
export const GIANTS = [
	{
		kind: 'giant', name: 'Legacy Order Entry (AS/400)', aliases: 'Green screen; LOE', type: 'Custom', hosting: 'On-prem',
		lifecycle: 'Phase-out', age: 28, tier: 1, fit: [1, 2], cost: 2_600_000, users: 850, incidents: 34, eosDays: -1431,
		department: 'Sales', classification: 'Confidential', caps: ['Customer > Sales > Order Management'], tags: ['mainframe', 'legacy'],
		description: 'Green-screen order entry used by the trade desk since 1998. Batch interfaces to the ERP run overnight, so stock and credit checks are a day old.'
	},
	{
		kind: 'giant', name: 'Mainframe Billing (COBOL)', type: 'Custom', hosting: 'On-prem', lifecycle: 'Phase-out', age: 31,
		tier: 1, fit: [1, 2], cost: 3_150_000, users: 140, incidents: 27, eosDays: -2131, department: 'Finance',
		classification: 'Confidential', caps: ['Finance > Billing > Invoicing'], tags: ['sox', 'mainframe'],
		description: 'COBOL billing on the group mainframe that rates, prints and mails trade invoices. Fewer than three people can change the rating rules.'
	},
	{
		kind: 'giant', name: 'Warehouse Control System v3', aliases: 'WCS', vendor: 'Ironbark Systems', type: 'COTS', hosting: 'On-prem',
		lifecycle: 'End-of-life', age: 19, tier: 2, fit: [1, 1], cost: 1_750_000, users: 420, incidents: 38, eosDays: -1006,
		department: 'Supply Chain', classification: 'Internal', caps: ['Supply Chain > Logistics > Warehouse Management'], tags: ['legacy'],
		description: 'Controls conveyors and picking in the two oldest distribution centres. The vendor ended support in 2024, and spare parts come from brokers.'
	},
	{
		kind: 'giant', name: 'Classic Payroll Engine', vendor: 'Payflow', type: 'COTS', hosting: 'On-prem', lifecycle: 'Phase-out',
		age: 21, tier: 1, fit: [1, 2], cost: 1_380_000, users: 60, incidents: 25, eosDays: -701, department: 'HR',
		classification: 'Restricted', caps: ['People > Workforce Management > Payroll'], tags: ['gdpr', 'legacy'],
		description: 'On-premises payroll for the European companies, patched for every tax change since 2005. Runs beside the cloud payroll until the migration ends.'
	},
	{
		kind: 'giant', name: 'Plant Floor Tracker 2004', type: 'Custom', hosting: 'On-prem', lifecycle: 'End-of-life', age: 22,
		tier: 2, fit: [1, 1], cost: 1_200_000, users: 1900, incidents: 31, eosDays: -1826, department: 'Operations',
		classification: 'Internal', caps: ['Manufacturing > Production > Shop Floor Execution'], tags: ['legacy'],
		description: "Delphi client-server system recording production on three plants' lines. It runs on unsupported Windows servers that cannot be patched."
	},
	{
		kind: 'giant', name: 'Document Workflow Server', vendor: 'Fennick Software', type: 'COTS', hosting: 'On-prem',
		lifecycle: 'End-of-life', age: 20, tier: 3, fit: [1, 2], cost: 1_300_000, users: 2600, incidents: 26, eosDays: -517,
		department: 'Legal', classification: 'Confidential', caps: ['Enterprise Services > Legal & Compliance > Contract Management'],
		tags: ['cloud-migration', 'legacy'],
		description: 'Document and approval workflows from the early 2000s. Holds the signed contracts and thousands of custom forms.'
	}
];

/**
 * The landmark specs for a portfolio of `count` applications: one of each up to 1,000
 * applications, then regional instances (one hub per 2,500 applications, one giant per 5,000).
 * Later instances are smaller copies: the generator qualifies their names.
 * @param {number} count
 * @returns {AppSpec[]}
 */
export function landmarkSpecs(count) {
	const hubCopies = count <= 1000 ? 1 : Math.ceil(count / 2500);
	const giantCopies = count <= 1000 ? 1 : Math.ceil(count / 5000);
	/** @type {AppSpec[]} */
	const specs = [];
	for (let i = 0; i < Math.max(hubCopies, giantCopies); i++) {
		const scale = i === 0 ? 1 : 0.3;
		const copy = (/** @type {AppSpec} */ s) => ({
			...s,
			aliases: i === 0 ? s.aliases : undefined,
			cost: Math.round(((s.cost ?? 0) * scale) / 1000) * 1000,
			users: Math.max(5, Math.round((s.users ?? 0) * scale))
		});
		if (i < hubCopies) specs.push(...HUBS.map(copy));
		if (i < giantCopies) specs.push(...GIANTS.map(copy));
	}
	return specs.slice(0, count);
}
