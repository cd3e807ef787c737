/**
 * The business-capability map of the fictional company, and the part of it a portfolio uses.
 *
 * One line per capability, indented two spaces per level. `*` marks the shipped demo's
 * capabilities, `+` those added as the portfolio grows. Fields are separated by ` | `:
 *   level 1: name | description | business objects its systems exchange (`;`-separated)
 *   level 2: name | owning department | description
 *   level 3: name | weight (share of applications; 0 = a gap no application serves)
 *            | name stems for its applications (`,`-separated) | purpose, "used for ..."
 * Names avoid `/`, `>`, `|` and `;`, which separate paths and lists.
 */
import { capabilityId } from './format.mjs';

const CAPABILITY_MAP = `
* Customer | Winning, serving and keeping retail and trade customers. | Customer; Contact; Lead; Opportunity; Quote; Sales Order; Case; Campaign
  * Sales | Sales | Selling through stores, distributors and key accounts.
    + Lead Management | 0.9 | Leads, Pipeline, Prospecting | capturing leads and managing the sales pipeline
    * Quote Management | 0.5 | Quotes, CPQ, Configurator | configuring products, pricing deals and issuing quotes
    * Order Management | 1.5 | Order Entry, Orders, Order Desk | capturing, validating and tracking customer orders
    + Sales Forecasting | 0.5 | Sales Forecast, Pipeline Analytics | forecasting sales volumes by channel and region
    + Partner Management | 0.5 | Dealer Portal, Partner Hub, Distributor Link | onboarding and supporting dealers and distributors
    + Commission Management | 0.4 | Commissions, Incentives | calculating sales commissions and incentives
  * Marketing | Marketing | Building the brands and creating demand.
    * Campaign Management | 1.3 | Campaigns, Email Marketing, Journeys | planning and running multi-channel campaigns
    * Loyalty Programmes | 0 | Loyalty, Rewards | running customer loyalty and rewards schemes
    + Customer Insights | 0.7 | Insights, Segments, Surveys | segmenting customers and analysing their feedback
    + Content Management | 0.7 | Web Content, Digital Assets, Brand Assets | managing web content and digital brand assets
    + Social Media | 0.4 | Social Listening, Social Publisher | publishing to and monitoring social channels
  * Customer Service | Customer Service | Helping customers before and after the sale.
    * Case Management | 1.1 | Service Desk, Cases, Contact Centre | handling customer enquiries and complaints
    + Field Service | 0.8 | Field Service, Dispatch, Technician | scheduling technicians and managing on-site repairs
    + Knowledge Base | 0.4 | Knowledge, Help Centre | publishing help articles for customers and agents
    + Warranty & Returns | 0.6 | Returns, Warranty, RMA | processing warranty claims and product returns
  + E-commerce | Digital | Selling online to consumers and trade customers.
    + Online Storefront | 0.9 | Webshop, Storefront, Trade Portal | running the consumer and trade web shops
    + Online Payments | 0.5 | Checkout, Payment Gateway, Wallet | taking card and wallet payments online
    + Marketplace Channels | 0.4 | Marketplace Feed, Channel Sync | publishing products and orders to online marketplaces
* Product & Innovation | Designing the products the group makes and sells. | Product; Part; Bill of Materials; Specification; Change Request; Test Result
  * Research & Development | R&D | Turning ideas into products that can be made and sold.
    * Product Lifecycle Management | 0.3 | PLM, Product Data, Engineering Change | managing product data, revisions and engineering changes
    + Design & Engineering | 0.8 | CAD Vault, Simulation, Design Review | computer-aided design, simulation and design reviews
    + Testing & Certification | 0.5 | Test Lab, Certification Tracker | running lab tests and tracking product certifications
    + Idea Management | 0.3 | Ideas, Innovation Portal | collecting and assessing product ideas
  + Product Data | R&D | Keeping product information consistent across channels.
    + Product Information Management | 0.7 | PIM, Product Catalogue | maintaining rich product content for every channel
    + Pricing | 0.6 | Price Lists, Pricing Engine | setting list prices, discounts and promotions
    + Packaging & Labelling | 0.4 | Labels, Packaging Artwork | designing packaging and printing compliant labels
* Manufacturing | Making products safely, on time and to specification. | Work Order; Production Order; Bill of Materials; Quality Inspection; Equipment; Batch
  * Production | Operations | Planning and running the factories.
    + Production Planning | 0.9 | Production Planning, MRP, Scheduler | planning production runs and material requirements
    * Shop Floor Execution | 1.1 | MES, Shop Floor, Line Monitor | executing and recording work on the factory floor
    * Quality Management | 0.9 | Quality, Inspections, Non-conformance | running inspections, non-conformances and corrective actions
    * Predictive Maintenance | 0 | Predictive Maintenance, Condition Monitor | predicting equipment failures from sensor data
    + Recipe & Formula Management | 0.4 | Recipes, Formulas | managing recipes, formulas and process parameters
  + Plant Services | Operations | Keeping plants, equipment and people safe.
    + Asset Maintenance | 0.8 | Maintenance, Work Orders, CMMS | planning and recording preventive and corrective maintenance
    + Energy Management | 0.4 | Energy Monitor, Utilities | monitoring energy and utility use at each site
    + Health & Safety | 0.6 | Safety, Incident Log, Permits | recording safety incidents, permits and risk assessments
    + Environmental Compliance | 0.3 | Emissions, Waste Tracking | tracking emissions, waste and environmental permits
* Supply Chain | Buying, storing and moving goods. | Supplier; Purchase Order; Goods Receipt; Inventory; Shipment; Stock Movement
  * Procurement | Supply Chain | Buying goods and services at the right price.
    + Supplier Management | 0.8 | Supplier Portal, Vendor Onboarding, Supplier Scorecard | onboarding, qualifying and rating suppliers
    * Purchasing | 1.2 | Purchasing, eProcurement, Requisitions | raising requisitions and purchase orders
    + Sourcing & Tenders | 0.5 | Sourcing, Tenders, RFQ | running tenders and requests for quotation
    + Procurement Contracts | 0.4 | Supplier Contracts, Rebates | managing supplier contracts and rebates
  * Logistics | Supply Chain | Storing stock and delivering orders.
    * Warehouse Management | 1.2 | WMS, Warehouse, Picking | receiving, storing, picking and shipping stock
    + Transport Management | 0.8 | TMS, Freight, Route Planner | planning routes, booking carriers and tracking shipments
    + Inventory Management | 0.9 | Inventory, Stock Control, Replenishment | tracking stock levels and replenishing stores
    + Trade & Customs | 0.4 | Customs, Trade Compliance | filing customs declarations and checking trade compliance
  + Supply Planning | Supply Chain | Balancing demand and supply.
    + Demand Planning | 0.7 | Demand Planning, Demand Forecast | forecasting demand by product and store
    + Sales & Operations Planning | 0.5 | S&OP, Supply Plan | agreeing one monthly plan across sales and operations
    + Supplier Collaboration | 0.4 | Supplier Collaboration, ASN | sharing forecasts and shipping notices with suppliers
* Finance | Recording, planning and controlling the group's money. | Invoice; Payment; Journal Entry; GL Account; Cost Centre; Budget; Supplier Invoice; Fixed Asset
  * Accounting | Finance | Keeping the books.
    * General Ledger | 1.0 | GL, Ledger, Close Manager, Consolidation | recording journals, managing the chart of accounts and closing the books
    * Accounts Payable | 0.7 | AP Automation, Invoice Capture, Payables | capturing supplier invoices and paying suppliers
    + Accounts Receivable | 0.7 | Receivables, Collections, Cash Application | collecting customer payments and chasing debt
    + Fixed Assets | 0.4 | Fixed Assets, Asset Register | keeping the fixed asset register and depreciation
    + Expense Management | 0.7 | Expenses, Travel & Expense | claiming and approving employee expenses
  * Billing | Finance | Invoicing customers and managing credit.
    * Invoicing | 0.9 | Billing, Invoicing, e-Invoicing | producing and sending customer invoices
    + Credit Management | 0.4 | Credit Control, Credit Limits | setting credit limits and monitoring customer risk
  * Planning & Reporting | Finance | Planning, forecasting and reporting results.
    * Budgeting & Forecasting | 0.5 | Budgeting, Planning, Forecast Model | building budgets and rolling forecasts
    * Sustainability Reporting | 0 | ESG Reporting, Carbon Accounting | measuring and reporting emissions and other ESG metrics
    + Financial Reporting | 0.8 | Financial Reporting, Statutory Reporting | producing management and statutory reports
    + Tax Management | 0.4 | Tax Engine, VAT Returns, Transfer Pricing | calculating and filing taxes
  + Treasury | Finance | Managing cash, banks and financial risk.
    + Cash Management | 0.5 | Cash Position, Bank Connect | monitoring cash positions and bank accounts
    + Payment Processing | 0.5 | Payment Factory, Payment Runs | executing supplier and payroll payment runs
* People | Hiring, paying and developing employees. | Employee; Position; Organisation Unit; Payslip; Timesheet; Candidate; Course
  * Workforce Management | HR | Running the employee lifecycle.
    * Core HR | 1.0 | HR, Employee Records, People Hub | keeping employee records and the organisation structure
    * Payroll | 0.9 | Payroll, Pay Engine | paying employees accurately and on time
    + Recruiting | 0.7 | Recruiting, Careers Site, Applicant Tracking | attracting candidates and managing hiring
    + Time & Attendance | 0.8 | Time Clock, Rostering, Timesheets | recording working time and planning shifts
    + Benefits Administration | 0.4 | Benefits, Pensions | administering benefits and pensions
  + Talent Development | HR | Growing skills and performance.
    + Learning Management | 0.8 | Learning, Training, LMS | delivering and tracking training
    + Performance Management | 0.5 | Performance Reviews, Goals | setting goals and running performance reviews
    + Succession Planning | 0.3 | Talent Review, Succession | identifying successors and key talent
* Enterprise Services | Shared services that keep the group running. | User; Group; Ticket; Configuration Item; Contract; Legal Matter; Document; Metric; Report
  * Legal & Compliance | Legal | Meeting legal, regulatory and policy obligations.
    + Legal Matter Management | 0.6 | Legal Matters, Case Files, eDiscovery | tracking legal matters, disputes and outside counsel
    * Contract Management | 0.15 | Contract Repository, Contract Lifecycle | drafting, approving and storing contracts
    + Regulatory Compliance | 0.6 | Compliance Register, Regulatory Tracker | tracking regulations and evidence of compliance
    + Risk Management | 0.6 | Risk Register, GRC | maintaining the risk register and its controls
    + Data Privacy | 0.5 | Privacy, Consent, DSAR | handling consent and data subject requests
  * Information Technology | IT | Running and securing the technology estate.
    * Identity & Access | 0.12 | Identity, Access Reviews, Directory | managing identities, sign-on and access rights
    * Integration | 0.1 | Integration, API Gateway, Messaging | connecting applications and exchanging data
    * IT Service Management | 0.8 | Service Desk, ITSM, Change | handling IT incidents, requests and changes
    + Security Operations | 0.6 | Security Monitor, SIEM, Vulnerability Scanner | detecting and responding to security threats
    + IT Asset Management | 0.5 | Asset Inventory, Licence Tracker | tracking hardware, software and licences
    + DevOps Tooling | 0.6 | Build Pipeline, Code Repository, Test Automation | building, testing and releasing software
  * Data & Analytics | IT | Turning data into decisions.
    * Data Warehousing | 0.35 | Data Warehouse, Data Lake, Data Platform | storing and modelling data for analysis
    * Reporting & BI | 1.6 | Reports, Dashboards, KPI Pack | producing reports and dashboards for managers
    + Master Data Management | 0.5 | Master Data, MDM, Golden Record | keeping customer, product and supplier master data consistent
    + Data Science | 0.4 | Forecast Lab, ML Models, Analytics Sandbox | building predictive models and analyses
  + Collaboration | IT | Working together across sites.
    + Document Management | 0.8 | Documents, Records, File Share | storing, versioning and retaining documents
    + Intranet | 0.5 | Intranet, Newsroom, Employee Portal | sharing company news and self-service links
    + Workflow & Forms | 0.7 | Workflow, Forms, Approvals | digitising approvals and simple forms
`;

/**
 * @typedef {object} CapabilityNode
 * @property {string} name
 * @property {string[]} parts path from level 1
 * @property {string} path `A > B > C`
 * @property {string} id slug of the path
 * @property {1 | 2 | 3} level
 * @property {boolean} demo part of the shipped demo
 * @property {string} description
 * @property {number} domain index of its level-1 ancestor
 * @property {string} department owning department (levels 2 and 3)
 * @property {number} weight share of applications (level 3)
 * @property {string[]} stems name stems for applications (level 3)
 * @property {string} purpose what its applications are used for (level 3)
 * @property {CapabilityNode | null} parent
 */

/**
 * @typedef {object} Domain
 * @property {string} name level-1 capability name
 * @property {string[]} objects business objects its systems exchange
 */

/** @returns {{ nodes: CapabilityNode[], domains: Domain[] }} the whole map, in display order */
function parseMap() {
	/** @type {CapabilityNode[]} */
	const nodes = [];
	/** @type {Domain[]} */
	const domains = [];
	/** @type {(CapabilityNode | null)[]} */
	const stack = [null, null, null];
	for (const raw of CAPABILITY_MAP.split('\n')) {
		if (!raw.trim()) continue;
		const level = /** @type {1 | 2 | 3} */ ((raw.length - raw.trimStart().length) / 2 + 1);
		const line = raw.trim();
		const fields = line.slice(2).split(' | ');
		const parent = level === 1 ? null : stack[level - 2];
		const name = fields[0];
		const parts = parent ? [...parent.parts, name] : [name];
		/** @type {CapabilityNode} */
		const node = {
			name,
			parts,
			path: parts.join(' > '),
			id: capabilityId(parts),
			level,
			demo: line[0] === '*',
			description: '',
			domain: level === 1 ? domains.length : (parent?.domain ?? 0),
			department: '',
			weight: 0,
			stems: [],
			purpose: '',
			parent
		};
		if (level === 1) {
			node.description = fields[1];
			domains.push({ name, objects: fields[2].split(';').map((s) => s.trim()) });
		} else if (level === 2) {
			node.department = fields[1];
			node.description = fields[2];
		} else {
			node.department = parent?.department ?? '';
			node.weight = Number(fields[1]);
			node.stems = fields[2].split(',').map((s) => s.trim());
			node.purpose = fields[3];
			node.description = fields[3][0].toUpperCase() + fields[3].slice(1) + '.';
		}
		stack[level - 1] = node;
		nodes.push(node);
	}
	return { nodes, domains };
}

const MAP = parseMap();

/**
 * How many capabilities a portfolio of `apps` applications uses: the demo's, growing slowly.
 * @param {number} apps
 * @param {number} demoCount
 */
function targetCount(apps, demoCount) {
	if (apps <= 250) return demoCount;
	return Math.round(demoCount + 16 * Math.log2(apps / 250));
}

/**
 * The capabilities a portfolio of `apps` applications uses, in display order. Beyond the demo's
 * size, extra level-3 capabilities join one domain at a time in turn (their level-2 parent with
 * them), so the map grows evenly.
 * @param {number} apps
 * @returns {{ nodes: CapabilityNode[], leaves: CapabilityNode[], domains: Domain[] }}
 */
export function selectCapabilities(apps) {
	const chosen = new Set(MAP.nodes.filter((n) => n.demo));
	const target = targetCount(apps, chosen.size);
	/** @type {CapabilityNode[][]} */
	const queues = MAP.domains.map(() => []);
	for (const n of MAP.nodes) if (n.level === 3 && !n.demo) queues[n.domain].push(n);
	for (let round = 0; chosen.size < target && queues.some((q) => q.length); round++) {
		const queue = queues[round % queues.length];
		const next = queue.shift();
		if (!next) continue;
		if (next.parent) chosen.add(next.parent);
		chosen.add(next);
	}
	const nodes = MAP.nodes.filter((n) => chosen.has(n));
	return { nodes, leaves: nodes.filter((n) => n.level === 3), domains: MAP.domains };
}

/**
 * The rows of capabilities.csv.
 * @param {readonly CapabilityNode[]} nodes
 * @returns {import('./format.mjs').Row[]}
 */
export function capabilityRows(nodes) {
	return nodes.map((n) => ({ id: n.id, path: n.path, level: n.level, description: n.description }));
}

export const CAPABILITY_COLUMNS = ['id', 'path', 'level', 'description'];
