/**
 * Applications: each one drawn from a capability it serves, with a handful of hidden traits (age,
 * tier, whether it is legacy) that its visible fields are derived from, so the fields agree with
 * each other: old systems are less fit, cost more to run and have more incidents.
 */
import { COMPANY, DEPARTMENTS, FIRST_NAMES, LAST_NAMES, VENDORS, BUILD_PARTNERS, TAGS, LEGACY_PLATFORMS, CODENAMES, QUALIFIER_REGIONS, QUALIFIER_UNITS, REMARKS, NOTES_BLOCKS } from './vocabulary.mjs';
import { landmarkSpecs } from './landmarks.mjs';
import { weightedSampler } from './random.mjs';
import { isoDate, monthEnd, padId } from './format.mjs';

/** @typedef {import('./random.mjs').Rng} Rng */
/** @typedef {import('./capabilities.mjs').CapabilityNode} CapabilityNode */
/** @typedef {import('./landmarks.mjs').AppSpec} AppSpec */

/**
 * @typedef {object} App an application row and the traits the integration generator reads
 * @property {import('./format.mjs').Row} row the CSV cells
 * @property {string} kind landmark kind, '' for ordinary applications
 * @property {number} domain index of its primary capability's level-1 ancestor
 * @property {number} tier
 * @property {string} type
 * @property {string} lifecycle
 * @property {boolean} legacy
 */

export const APPLICATION_COLUMNS = [
	'id', 'name', 'description', 'aliases', 'business_owner', 'technical_owner', 'department', 'vendor',
	'capabilities', 'tags', 'hosting', 'app_type', 'lifecycle', 'end_of_support', 'technical_fit',
	'functional_fit', 'criticality', 'data_classification', 'sso', 'compliance', 'incidents', 'user_count',
	'last_reviewed', 'annual_cost', 'cost_licence', 'cost_infrastructure', 'cost_support', 'cost_labour',
	'currency', 'contract_end', 'time_decision',
	// custom attributes
	'cost_centre', 'region', 'dr_tier', 'data_volume_gb'
];

const FITS = ['', 'Unreasonable', 'Insufficient', 'Appropriate', 'Perfect'];
/** Shares of licence, infrastructure, support and labour in the annual cost, by app type. */
const COST_SHARES = { SaaS: [0.68, 0.03, 0.09, 0.2], COTS: [0.35, 0.22, 0.18, 0.25], Custom: [0.03, 0.3, 0.12, 0.55], EUC: [0, 0.04, 0, 0.96] };
const COST_MEDIAN = { SaaS: 55_000, COTS: 130_000, Custom: 110_000, EUC: 9_000 };
const TIER_COST = [0, 3.5, 1.8, 1, 0.5];
/** Classification weights (Public, Internal, Confidential, Restricted) by domain index. */
const CLASSIFICATION = { 0: [8, 37, 45, 10], 4: [2, 25, 55, 18], 5: [2, 15, 48, 35], other: [10, 60, 25, 5] };
const HOSTING_PHRASE = { 'On-prem': 'run in the group data centre', Cloud: 'hosted in the group cloud tenancy', Hybrid: 'split between the data centre and the cloud', SaaS: 'hosted by the vendor' };
const CUSTOM_SUFFIXES = ['Hub', 'Portal', 'Service', 'Manager', 'Mobile', 'App', 'Engine', 'Gateway', 'Console'];
const EUC_SUFFIXES = ['Workbook', 'Tracker', 'Spreadsheet', 'Macro Tool', 'Desktop DB', 'Sheet'];

/**
 * @param {Rng} rng
 * @param {{ count: number, today: number, leaves: CapabilityNode[] }} options
 * @returns {App[]}
 */
export function generateApplications(rng, { count, today, leaves }) {
	const ctx = createContext(rng, count, leaves);
	const specs = landmarkSpecs(count);
	while (specs.length < count) specs.push({});
	const apps = specs.map((spec) => makeApp(ctx, spec, today));
	const ordered = rng.sample(apps, apps.length);
	const width = Math.max(4, String(count).length);
	ordered.forEach((app, i) => (app.row.id = padId('APP', i + 1, width)));
	assignTimeDecisions(rng, ordered);
	return ordered;
}

/**
 * Shared state: the people, vendors and capability draws, and the names already taken.
 * @param {Rng} rng
 * @param {number} count
 * @param {CapabilityNode[]} leaves
 */
function createContext(rng, count, leaves) {
	const people = peoplePools(rng, count);
	const pickLeaf = weightedSampler(leaves.map((l) => l.weight), rng);
	const qualifiers = [...QUALIFIER_REGIONS, ...QUALIFIER_UNITS, ...QUALIFIER_UNITS.flatMap((u) => QUALIFIER_REGIONS.map((r) => `${u} ${r}`))];
	return {
		rng,
		leaves,
		people,
		pickLeaf: () => leaves[pickLeaf()],
		/** @type {Map<string, CapabilityNode>} */
		byPath: new Map(leaves.map((l) => [l.path, l])),
		/** @type {Set<string>} */
		names: new Set(),
		/** @type {Map<string, { start: number, used: number }>} qualifiers used per base name */
		nextQualifier: new Map(),
		qualifiers,
		centreSpread: Math.min(8, 2 + Math.floor(count / 2000))
	};
}

/** @typedef {ReturnType<typeof createContext>} Context */

/**
 * Business owners per department and technical owners in IT, all distinct people. Pools grow with
 * the portfolio, so a few people own many applications and many own one or two.
 * @param {Rng} rng
 * @param {number} count
 */
function peoplePools(rng, count) {
	const taken = new Set();
	const draw = () => {
		for (;;) {
			const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
			if (!taken.has(name)) return taken.add(name), name;
		}
	};
	const perDept = Math.min(120, Math.max(4, Math.round(count / 40)));
	/** @type {Map<string, string[]>} */
	const business = new Map(DEPARTMENTS.map(([d]) => [d, Array.from({ length: perDept }, draw)]));
	const technical = Array.from({ length: Math.min(600, Math.max(14, Math.round(count / 12))) }, draw);
	return { business, technical };
}

/**
 * One application, from a spec that may fix any of its traits.
 * @param {Context} ctx
 * @param {AppSpec} spec
 * @param {number} today
 * @returns {App}
 */
function makeApp(ctx, spec, today) {
	const { rng } = ctx;
	const caps = spec.caps ?? [];
	const leaf = (caps.length ? ctx.byPath.get(caps[0]) : undefined) ?? ctx.pickLeaf();
	const type = spec.type ?? rng.weighted([['SaaS', 30], ['COTS', 27], ['Custom', 30], ['EUC', 13]]);
	const lifecycle = spec.lifecycle ?? pickLifecycle(rng, type);
	const age = spec.age ?? pickAge(rng, lifecycle, type);
	const legacy = spec.kind === 'giant' || (age >= 14 && type !== 'SaaS');
	const tier = spec.tier ?? Math.min(4, rng.weighted([[1, 8], [2, 25], [3, 40], [4, 27]]) + (type === 'EUC' ? 1 : 0));
	const hosting = spec.hosting ?? pickHosting(rng, type, age);
	const vendor = spec.vendor ?? pickVendor(rng, type, leaf);
	const department = spec.department ?? (rng.chance(0.02) ? '' : rng.chance(0.08) ? rng.pick(DEPARTMENTS)[0] : leaf.department);
	const name = uniqueName(ctx, spec.name ?? makeName(rng, leaf, type, vendor, legacy, department));
	const plan = lifecycle === 'Plan';

	const [tf, ff] = spec.fit ?? fits(rng, age, lifecycle, type);
	const costs = costCells(rng, type, tier, legacy, plan, spec.cost);
	const users = spec.users ?? (rng.chance(plan ? 0.7 : 0.06) ? undefined : userCount(rng, tier, type));
	const incidents = spec.incidents ?? (plan || rng.chance(0.04) ? undefined : incidentCount(rng, tier, type, legacy, lifecycle));
	const classification = spec.classification ?? (rng.chance(0.03) ? '' : pickClassification(rng, leaf.domain));
	const hub = Boolean(spec.kind) && spec.kind !== 'giant';
	const sso = hub ? 'yes' : rng.chance(0.08) ? '' : rng.chance(ssoChance(type, legacy)) ? 'yes' : 'no';
	const tags = spec.tags ?? pickTags(rng, { leaf, name, type, hosting, lifecycle, classification, age });

	const row = {
		id: '',
		name,
		description: spec.description ?? describe(rng, { leaf, type, vendor, department, hosting, lifecycle, legacy }),
		aliases: spec.aliases ?? (rng.chance(0.15) ? aliasFor(rng, name) : ''),
		business_owner: owners(rng, ctx.people.business.get(department || 'IT') ?? [], 0.15, 0.04),
		technical_owner: owners(rng, ctx.people.technical, 0.12, 0.06),
		department,
		vendor,
		capabilities: (caps.length ? caps : capabilityPaths(ctx, leaf)).join('; '),
		tags: TAGS.filter((t) => tags.includes(t)).join('; '),
		hosting,
		app_type: type,
		lifecycle,
		end_of_support: endOfSupport(rng, today, type, lifecycle, age, spec.eosDays),
		technical_fit: FITS[tf],
		functional_fit: FITS[ff],
		criticality: `Tier ${tier}`,
		data_classification: classification,
		sso,
		compliance: hub ? 'Compliant' : spec.kind ? rng.pick(['Partial', 'Non-compliant']) : pickCompliance(rng, legacy, type),
		incidents,
		user_count: users,
		last_reviewed: rng.chance(plan ? 0.5 : 0.12) ? '' : isoDate(today - rng.int(7, tier === 1 ? 400 : 1095)),
		...costs,
		contract_end: contractEnd(rng, today, vendor, type, lifecycle),
		time_decision: '',
		cost_centre: costCentre(rng, ctx, department),
		region: rng.weighted([['Global', 35], ['EMEA', 30], ['Americas', 22], ['APAC', 13]]),
		dr_tier: drTier(rng, tier, type),
		data_volume_gb: spec.kind ? Math.round(rng.logUniform(800, 40000)) : dataVolume(rng, tier, type)
	};
	return { row, kind: spec.kind ?? '', domain: leaf.domain, tier, type, lifecycle, legacy };
}

/** @param {Rng} rng @param {string} type */
function pickLifecycle(rng, type) {
	const eol = type === 'SaaS' ? 2 : 8;
	const plan = type === 'EUC' ? 1 : 6;
	return rng.weighted([['Active', 65], ['Phase-in', 8], ['Plan', plan], ['Phase-out', 14], ['End-of-life', eol]]);
}

/** Years in service, from the lifecycle. @param {Rng} rng @param {string} lifecycle @param {string} type */
function pickAge(rng, lifecycle, type) {
	const cap = type === 'SaaS' ? 12 : 30;
	const age = { Plan: 0, 'Phase-in': rng.int(0, 1), Active: rng.int(1, 18), 'Phase-out': rng.int(8, 26), 'End-of-life': rng.int(12, 30) }[lifecycle] ?? 5;
	return Math.min(cap, age);
}

/** @param {Rng} rng @param {string} type @param {number} age */
function pickHosting(rng, type, age) {
	const old = age > 10;
	if (type === 'SaaS') return 'SaaS';
	if (type === 'EUC') return rng.chance(0.75) ? 'On-prem' : 'Cloud';
	if (type === 'COTS') return rng.weighted(old ? [['On-prem', 70], ['Hybrid', 20], ['Cloud', 10]] : [['On-prem', 30], ['Cloud', 40], ['Hybrid', 30]]);
	return rng.weighted(old ? [['On-prem', 75], ['Hybrid', 15], ['Cloud', 10]] : [['Cloud', 55], ['On-prem', 25], ['Hybrid', 20]]);
}

/** @type {Map<string, Array<[string, number]>>} suppliers per capability and kind, with weights */
const vendorChoices = new Map();

/** A supplier for packaged software; a build partner for a few in-house systems. */
function pickVendor(/** @type {Rng} */ rng, /** @type {string} */ type, /** @type {CapabilityNode} */ leaf) {
	if (type === 'EUC') return '';
	if (type === 'Custom') return rng.chance(0.12) ? rng.pick(BUILD_PARTNERS) : '';
	const key = `${leaf.id}|${type}`;
	let choices = vendorChoices.get(key);
	if (!choices) {
		choices = [];
		for (const v of VENDORS) {
			if (!v.kinds.includes(/** @type {'SaaS' | 'COTS'} */ (type))) continue;
			const rank = v.areas.findIndex((area) => leaf.parts.includes(area));
			if (v.areas.length === 0) choices.push([v.name, 1]);
			else if (rank >= 0) choices.push([v.name, rank === 0 ? 4 : 2]);
		}
		vendorChoices.set(key, choices);
	}
	return rng.weighted(choices);
}

/** A plausible name for the application's kind: "Ledgerline GL", "Quotes Portal", "Payroll (AS/400)". */
function makeName(/** @type {Rng} */ rng, /** @type {CapabilityNode} */ leaf, /** @type {string} */ type, /** @type {string} */ vendor, /** @type {boolean} */ legacy, /** @type {string} */ department) {
	const stem = rng.pick(leaf.stems);
	const brand = VENDORS.find((v) => v.name === vendor)?.brand;
	const endsWith = (/** @type {string[]} */ words) => words.some((w) => stem.endsWith(w));
	if (brand && type !== 'Custom') {
		const suffix = rng.weighted([['', 70], [type === 'SaaS' ? ' Cloud' : ' Suite', 15], [' Enterprise', 8], [' Pro', 7]]);
		return `${brand} ${stem}${suffix}`;
	}
	if (type === 'EUC') return rng.chance(0.25) && department ? `${department} ${stem} ${rng.pick(EUC_SUFFIXES)}` : `${stem} ${rng.pick(EUC_SUFFIXES)}`;
	if (legacy) {
		const platform = rng.pick(LEGACY_PLATFORMS);
		return rng.weighted([[`Legacy ${stem} (${platform})`, 3], [`${stem} (${platform})`, 3], [`${stem} Classic`, 2], [`Old ${stem} System`, 1]]);
	}
	if (endsWith(CUSTOM_SUFFIXES) || endsWith(['Site', 'Desk', 'Centre'])) return rng.chance(0.3) ? `${COMPANY.short} ${stem}` : stem;
	return rng.chance(0.15) ? `${COMPANY.short} ${stem}` : `${stem} ${rng.pick(CUSTOM_SUFFIXES)}`;
}

/** The name, or the name with a region or unit when it is already taken: "Payroll Hub (APAC)". */
function uniqueName(/** @type {Context} */ ctx, /** @type {string} */ base) {
	let name = base;
	while (ctx.names.has(name)) {
		// Each base name walks the short qualifiers from its own random start, then the long ones.
		const short = QUALIFIER_REGIONS.length + QUALIFIER_UNITS.length;
		const state = ctx.nextQualifier.get(base) ?? { start: ctx.rng.int(0, short - 1), used: 0 };
		ctx.nextQualifier.set(base, { ...state, used: state.used + 1 });
		const k = state.used < short ? (state.start + state.used) % short : state.used;
		const q = k < ctx.qualifiers.length ? ctx.qualifiers[k] : `#${k - ctx.qualifiers.length + 2}`;
		name = base.endsWith(')') ? `${base} - ${q}` : `${base} (${q})`;
	}
	ctx.names.add(name);
	return name;
}

/** The primary capability, and for about one application in five one or two more. */
function capabilityPaths(/** @type {Context} */ ctx, /** @type {CapabilityNode} */ leaf) {
	const { rng } = ctx;
	const primary = rng.chance(0.02) && leaf.parent ? leaf.parent.path : leaf.path;
	const paths = [primary];
	if (rng.chance(0.2)) {
		const extra = rng.chance(0.7) ? 1 : 2;
		for (let i = 0; i < extra * 4 && paths.length <= extra; i++) {
			const near = rng.weighted([['l2', 6], ['l1', 2.5], ['any', 1.5]]);
			const pool = ctx.leaves.filter((l) => l.weight > 0 && (near === 'any' || (near === 'l1' ? l.domain === leaf.domain : l.parent === leaf.parent)));
			const other = pool.length ? rng.weighted(pool.map((l) => /** @type {const} */ ([l, l.weight]))) : leaf;
			if (!paths.includes(other.path)) paths.push(other.path);
		}
	}
	return paths;
}

/** One or two owners (a few blank), favouring the pool's first people so some own many. */
function owners(/** @type {Rng} */ rng, /** @type {string[]} */ pool, /** @type {number} */ two, /** @type {number} */ none) {
	if (!pool.length || rng.chance(none)) return '';
	const first = rng.pickSkewed(pool, 1.6);
	const second = rng.chance(two) ? rng.pick(pool) : first;
	return second === first ? first : `${first}; ${second}`;
}

/** Technical and functional fit, 1-4, falling with age and for systems on their way out. */
function fits(/** @type {Rng} */ rng, /** @type {number} */ age, /** @type {string} */ lifecycle, /** @type {string} */ type) {
	const shift = { Plan: 0.3, 'Phase-in': 0.3, Active: 0, 'Phase-out': -0.5, 'End-of-life': -0.9 }[lifecycle] ?? 0;
	const t = 3.7 - age * 0.08 + shift + (type === 'EUC' ? -0.6 : 0) + rng.normal() * 0.55;
	const f = 2.8 + 0.35 * (t - 2.5) + (lifecycle === 'End-of-life' ? -0.4 : 0) + rng.normal() * 0.65;
	const blank = lifecycle === 'Plan' ? 0.4 : 0.09;
	const step = (/** @type {number} */ x) => (rng.chance(blank) ? 0 : Math.min(4, Math.max(1, Math.round(x))));
	return [step(t), step(f)];
}

/** Annual cost, split into its parts for most applications. */
function costCells(/** @type {Rng} */ rng, /** @type {keyof typeof COST_SHARES} */ type, /** @type {number} */ tier, /** @type {boolean} */ legacy, /** @type {boolean} */ plan, /** @type {number | undefined} */ fixed) {
	const none = { annual_cost: '', cost_licence: '', cost_infrastructure: '', cost_support: '', cost_labour: '', currency: '' };
	const mode = fixed ? 'parts' : rng.chance(plan ? 0.5 : 0.05) ? 'none' : rng.chance(0.105) ? 'total' : 'parts';
	if (mode === 'none') return none;
	const median = COST_MEDIAN[type] * TIER_COST[tier] * (legacy ? 1.3 : 1);
	const total = fixed ?? Math.min(1_500_000, Math.max(2500, median * Math.exp(rng.normal() * 0.75)));
	if (mode === 'total') return { ...none, annual_cost: Math.max(1000, Math.round(total / 1000) * 1000), currency: 'USD' };
	const shares = COST_SHARES[type].map((s) => s * rng.range(0.7, 1.3));
	const sum = shares.reduce((a, b) => a + b, 0);
	const [licence, infrastructure, support] = shares.map((s) => Math.round((total * s) / sum / 100) * 100);
	// Labour, the largest or a large part for every type, takes the rounding so the parts add up.
	const annual = Math.round(total / 100) * 100;
	const labour = annual - licence - infrastructure - support;
	return { annual_cost: annual, cost_licence: licence, cost_infrastructure: infrastructure, cost_support: support, cost_labour: labour, currency: 'USD' };
}

/** Active users, spread on a log scale by tier. */
function userCount(/** @type {Rng} */ rng, /** @type {number} */ tier, /** @type {string} */ type) {
	const [lo, hi] = type === 'EUC' ? [5, 60] : [[0, 0], [300, 20000], [80, 8000], [20, 2000], [5, 400]][tier];
	const n = Math.round(rng.logUniform(lo, hi));
	return n > 1000 ? Math.round(n / 10) * 10 : n;
}

/** Incidents in the last year: mostly few, more for legacy and critical systems. */
function incidentCount(/** @type {Rng} */ rng, /** @type {number} */ tier, /** @type {string} */ type, /** @type {boolean} */ legacy, /** @type {string} */ lifecycle) {
	const mean = 1.6 * (legacy ? 4 : 1) * (tier === 1 ? 1.6 : tier === 2 ? 1.2 : 1) * (type === 'EUC' ? 0.4 : 1) * (lifecycle === 'Phase-in' ? 0.7 : 1);
	return Math.min(40, Math.floor(-Math.log(1 - rng.next()) * mean));
}

function pickClassification(/** @type {Rng} */ rng, /** @type {number} */ domain) {
	const w = CLASSIFICATION[/** @type {0 | 4 | 5} */ (domain)] ?? CLASSIFICATION.other;
	return rng.weighted([['Public', w[0]], ['Internal', w[1]], ['Confidential', w[2]], ['Restricted', w[3]]]);
}

function ssoChance(/** @type {string} */ type, /** @type {boolean} */ legacy) {
	if (type === 'EUC') return 0.05;
	if (legacy) return 0.15;
	return { SaaS: 0.88, Custom: 0.65, COTS: 0.55 }[type] ?? 0.5;
}

function pickCompliance(/** @type {Rng} */ rng, /** @type {boolean} */ legacy, /** @type {string} */ type) {
	if (rng.chance(0.1)) return '';
	return rng.weighted([['Compliant', 72], ['Partial', legacy ? 30 : 18], ['Non-compliant', 5 + (legacy ? 13 : 0) + (type === 'EUC' ? 5 : 0)]]);
}

/**
 * Tags that follow from what the application is, plus a little noise.
 * @param {Rng} rng
 * @param {{ leaf: CapabilityNode, name: string, type: string, hosting: string, lifecycle: string, classification: string, age: number }} a
 */
function pickTags(rng, { leaf, name, type, hosting, lifecycle, classification, age }) {
	const tags = [];
	const personal = leaf.domain === 0 || leaf.domain === 5;
	if (leaf.domain === 0 && rng.chance(0.45)) tags.push('customer-facing');
	if (/Mobile|Field|Technician/.test(name) || (type !== 'EUC' && rng.chance(0.03))) tags.push('mobile');
	if (personal && /Confidential|Restricted/.test(classification) && rng.chance(0.6)) tags.push('gdpr');
	if (/Payment|Checkout|Wallet/.test(leaf.path + name) && rng.chance(0.8)) tags.push('pci');
	if (leaf.domain === 4 && rng.chance(0.45)) tags.push('sox');
	if (/AS\/400|COBOL/.test(name)) tags.push('mainframe');
	if (hosting === 'On-prem' && /Active|Phase-out/.test(lifecycle) && rng.chance(0.22)) tags.push('cloud-migration');
	if (type === 'EUC' && rng.chance(0.35)) tags.push('shadow-it');
	if (/Plan|Phase-in/.test(lifecycle) && rng.chance(0.12)) tags.push('ai-pilot');
	if (age > 15 && rng.chance(0.4)) tags.push('legacy');
	return tags.slice(0, 3);
}

/** One or two sentences; about one in twenty runs to a second paragraph. */
function describe(/** @type {Rng} */ rng, /** @type {{ leaf: CapabilityNode, type: string, vendor: string, department: string, hosting: string, lifecycle: string, legacy: boolean }} */ a) {
	if (rng.chance(0.03)) return '';
	const who = a.department || 'several teams';
	const purpose = a.leaf.purpose;
	const first = {
		SaaS: `Cloud service from ${a.vendor}, used by ${who} for ${purpose}.`,
		COTS: `Packaged product from ${a.vendor}, ${HOSTING_PHRASE[/** @type {'Cloud'} */ (a.hosting)] ?? 'hosted internally'}, used by ${who} for ${purpose}.`,
		Custom: `In-house application${a.vendor ? ` built by ${a.vendor}` : ''} supporting ${who} in ${purpose}.`,
		EUC: `Spreadsheet tool kept by ${who} staff for ${purpose}.`
	}[a.type];
	const group = a.type === 'EUC' ? REMARKS.euc : a.legacy ? REMARKS.legacy : /Plan|Phase-in/.test(a.lifecycle) ? REMARKS.new : REMARKS.active;
	let text = rng.chance(0.55) ? `${first} ${rng.pick(group)}` : first;
	if (rng.chance(0.065)) text += `\n\n${rng.pick(NOTES_BLOCKS)}`;
	return text;
}

/** An acronym of the name's words, or a project codename. */
function aliasFor(/** @type {Rng} */ rng, /** @type {string} */ name) {
	const acronym = name.replace(/\(.*\)/, '').split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
	const codename = rng.chance(0.5) ? `Project ${rng.pick(CODENAMES)}` : rng.pick(CODENAMES);
	if (acronym.length < 3) return codename;
	return rng.chance(0.2) ? `${acronym}; ${codename}` : rng.chance(0.6) ? acronym : codename;
}

/** Vendor or platform end of support: ~70% known, ~12% of all applications already past it. */
function endOfSupport(/** @type {Rng} */ rng, /** @type {number} */ today, /** @type {string} */ type, /** @type {string} */ lifecycle, /** @type {number} */ age, /** @type {number | undefined} */ fixed) {
	if (fixed !== undefined) return isoDate(monthEnd(today + fixed));
	if (!rng.chance({ SaaS: 0.35, COTS: 0.95, Custom: 0.8, EUC: 0.6 }[type] ?? 0.7)) return '';
	const pastChance = { 'End-of-life': 0.7, 'Phase-out': 0.4, Active: age > 12 ? 0.18 : 0.02 }[lifecycle] ?? 0;
	const offset = rng.chance(pastChance) ? -rng.int(30, 1500) : rng.chance(0.25) ? rng.int(1, 365) : rng.int(366, 2555);
	const snapped = monthEnd(today + offset);
	return isoDate(rng.chance(0.6) && (offset < 0 ? snapped < today : true) ? snapped : today + offset);
}

/** The next renewal for supplied software: spread over 18 months, some in the next 90 days. */
function contractEnd(/** @type {Rng} */ rng, /** @type {number} */ today, /** @type {string} */ vendor, /** @type {string} */ type, /** @type {string} */ lifecycle) {
	if (!vendor || lifecycle === 'Plan' || !rng.chance(type === 'Custom' ? 0.6 : 0.88)) return '';
	const day = today + (rng.chance(0.17) ? rng.int(1, 90) : rng.int(91, 548));
	const snapped = monthEnd(day);
	return isoDate(rng.chance(0.5) && snapped <= today + 548 ? snapped : day);
}

function costCentre(/** @type {Rng} */ rng, /** @type {Context} */ ctx, /** @type {string} */ department) {
	const base = DEPARTMENTS.find(([d]) => d === department)?.[1];
	if (base === undefined || rng.chance(0.04)) return '';
	return `CC-${base + 5 * rng.int(0, ctx.centreSpread - 1)}`;
}

function drTier(/** @type {Rng} */ rng, /** @type {number} */ tier, /** @type {string} */ type) {
	if (rng.chance(type === 'EUC' ? 0.6 : 0.05)) return '';
	const weights = [[], [80, 20, 0], [25, 60, 15], [0, 30, 70], [0, 10, 90]][tier];
	return rng.weighted([['Gold', weights[0]], ['Silver', weights[1]], ['Bronze', weights[2]]]);
}

function dataVolume(/** @type {Rng} */ rng, /** @type {number} */ tier, /** @type {string} */ type) {
	if (rng.chance(0.15)) return '';
	const gb = rng.logUniform(0.5, type === 'EUC' ? 5 : [0, 20000, 5000, 800, 200][tier]);
	return gb < 10 ? Math.round(gb * 10) / 10 : Math.round(gb);
}

/** About 3% of applications carry a person's TIME decision, consistent with their state. */
function assignTimeDecisions(/** @type {Rng} */ rng, /** @type {App[]} */ apps) {
	const candidates = apps.filter((a) => a.lifecycle !== 'Plan');
	for (const app of rng.sample(candidates, Math.max(1, Math.round(apps.length * 0.03)))) {
		const fit = FITS.indexOf(String(app.row.technical_fit));
		app.row.time_decision = /Phase-out|End-of-life/.test(app.lifecycle)
			? rng.chance(0.6) ? 'Eliminate' : 'Migrate'
			: fit > 0 && fit <= 2 ? 'Migrate' : app.tier <= 2 && fit >= 3 ? 'Invest' : 'Tolerate';
	}
}
