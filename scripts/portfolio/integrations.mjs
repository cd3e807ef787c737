/**
 * Integrations between the applications: a third or so run through the hubs (identity provider,
 * integration platform, data warehouse, ERP, CRM, HR, service desk), the rest join applications,
 * mostly within one business domain. Old systems exchange files and share databases; spreadsheets
 * are fed by hand.
 */
import { INTEGRATION_NOTES } from './vocabulary.mjs';
import { weightedSampler } from './random.mjs';
import { padId } from './format.mjs';

/** @typedef {import('./random.mjs').Rng} Rng */
/** @typedef {import('./applications.mjs').App} App */
/** @typedef {import('./capabilities.mjs').Domain} Domain */

export const INTEGRATION_COLUMNS = ['id', 'source', 'target', 'direction', 'type', 'protocol', 'data_objects', 'frequency', 'criticality', 'notes'];

/** @type {Record<string, ReadonlyArray<readonly [string, number]>>} */
const PROTOCOLS = {
	API: [['REST', 62], ['SOAP', 22], ['GraphQL', 6], ['gRPC', 4], ['OData', 6]],
	File: [['SFTP', 55], ['FTP', 8], ['SMB share', 15], ['Object storage', 10], ['AS2', 6], ['Email attachment', 6]],
	Event: [['Kafka', 50], ['AMQP', 20], ['MQ', 20], ['Webhook', 10]],
	Database: [['JDBC', 45], ['ODBC', 25], ['DB link', 15], ['CDC', 15]],
	Manual: [['Email', 45], ['Spreadsheet upload', 35], ['Re-keying', 20]]
};
/** @type {Record<string, ReadonlyArray<readonly [string, number]>>} */
const FREQUENCIES = {
	API: [['real-time', 80], ['on demand', 15], ['hourly', 5]],
	Event: [['real-time', 1]],
	File: [['daily', 55], ['hourly', 15], ['weekly', 18], ['monthly', 12]],
	Database: [['hourly', 35], ['daily', 45], ['real-time', 20]],
	Manual: [['weekly', 40], ['monthly', 35], ['daily', 10], ['on demand', 15]]
};
/** Share of hub integrations by hub kind. */
const HUB_KINDS = /** @type {const} */ ([['idp', 24], ['ipaas', 20], ['dw', 20], ['erp', 20], ['crm', 8], ['hr', 5], ['itsm', 3]]);
/**
 * Domains (level-1 indices) whose applications a hub prefers as partners, and how often.
 * @type {Record<string, { domains: number[], share: number }>}
 */
const HUB_AFFINITY = { crm: { domains: [0], share: 0.6 }, hr: { domains: [5], share: 0.5 }, erp: { domains: [2, 3, 4], share: 0.6 } };
const HUB_SHARE = 0.38;

/**
 * @param {Rng} rng
 * @param {{ apps: App[], domains: Domain[], count: number }} options
 * @returns {import('./format.mjs').Row[]}
 */
export function generateIntegrations(rng, { apps, domains, count }) {
	const n = apps.length;
	const pickAny = weightedSampler(apps.map(appWeight), rng);
	/** @type {number[][]} */
	const byDomain = domains.map(() => []);
	/** @type {Map<string, number[]>} */
	const hubs = new Map();
	apps.forEach((a, i) => {
		byDomain[a.domain].push(i);
		if (a.kind && a.kind !== 'giant') hubs.set(a.kind, [...(hubs.get(a.kind) ?? []), i]);
	});
	const kinds = HUB_KINDS.filter(([k]) => hubs.has(k));

	/** A partner for a hub, from the domains it prefers when it has any. */
	const partner = (/** @type {string} */ kind) => {
		const affinity = HUB_AFFINITY[kind];
		if (affinity && rng.chance(affinity.share)) {
			const pool = byDomain[rng.pick(affinity.domains)];
			if (pool.length) return rng.pick(pool);
		}
		for (let tries = 0; tries < 10; tries++) {
			const i = pickAny();
			const a = apps[i];
			// Single sign-on reaches applications that have it (or may have it), never spreadsheets.
			if (kind !== 'idp' || (a.type !== 'EUC' && a.row.sso !== 'no')) return i;
		}
		return pickAny();
	};

	/** @type {Set<number>} unordered pairs already joined */
	const seen = new Set();
	/** @type {import('./format.mjs').Row[]} */
	const rows = [];
	for (let attempt = 0; rows.length < count && attempt < count * 30; attempt++) {
		let source;
		let target;
		let kind = '';
		if (kinds.length && rng.chance(HUB_SHARE)) {
			kind = rng.weighted(kinds);
			const hub = rng.pick(/** @type {number[]} */ (hubs.get(kind)));
			const other = partner(kind);
			// Identity and HR data flow out of their hubs; everything flows into the warehouse and service desk.
			const outward = kind === 'idp' || kind === 'hr' ? true : kind === 'dw' || kind === 'itsm' ? false : rng.chance(0.5);
			[source, target] = outward ? [hub, other] : [other, hub];
		} else {
			source = pickAny();
			const pool = byDomain[apps[source].domain];
			target = rng.chance(0.55) && pool.length > 1 ? rng.pick(pool) : pickAny();
		}
		if (source === target) continue;
		const key = Math.min(source, target) * n + Math.max(source, target);
		if (seen.has(key)) continue;
		seen.add(key);
		rows.push(describeLink(rng, apps[source], apps[target], kind, domains));
	}
	const width = Math.max(4, String(rows.length).length);
	rows.forEach((row, i) => (row.id = padId('INT', i + 1, width)));
	return rows;
}

/** How likely an application is to be an end of a link: critical and old central systems most. */
function appWeight(/** @type {App} */ a) {
	const tier = [0, 2.5, 1.6, 1, 0.6][a.tier];
	const type = a.type === 'EUC' ? 0.4 : 1;
	const phase = { Plan: 0.3, 'Phase-in': 0.7, 'End-of-life': 0.6 }[a.lifecycle] ?? 1;
	const role = a.kind === 'giant' ? 5 : a.kind ? 3 : 1;
	return tier * type * phase * role;
}

/**
 * The cells of one link from `s` to `t`.
 * @param {Rng} rng
 * @param {App} s
 * @param {App} t
 * @param {string} hubKind kind of the hub at one end, '' for none
 * @param {Domain[]} domains
 * @returns {import('./format.mjs').Row}
 */
function describeLink(rng, s, t, hubKind, domains) {
	const partner = hubKind ? (s.kind === hubKind ? t : s) : s;
	const type = linkType(rng, s, t, hubKind);
	const objects =
		hubKind === 'idp' ? (rng.chance(0.6) ? ['User', 'Group'] : ['User'])
		: hubKind === 'hr' ? rng.sample(['Employee', 'Organisation Unit', 'Position', 'Cost Centre'], rng.int(1, 3))
		: hubKind === 'itsm' ? rng.sample(['Ticket', 'Configuration Item', 'Alert'], rng.int(1, 2))
		: dataObjects(rng, domains[s.domain].objects, domains[t.domain].objects);
	const protocol =
		hubKind === 'idp' ? rng.weighted(partner.legacy ? [['LDAP', 1]] : [['SAML', 45], ['OIDC', 35], ['SCIM', 20]])
		: rng.weighted(partner.legacy && type === 'API' ? [['SOAP', 3], ['REST', 1]] : PROTOCOLS[type]);
	const tier = hubKind ? (hubKind === 'dw' ? Math.max(3, partner.tier) : partner.tier) : Math.floor((s.tier + t.tier) / 2);
	// Sign-on, HR feeds and warehouse loads flow one way; other APIs often answer back.
	const oneWayHub = hubKind === 'idp' || hubKind === 'hr' || hubKind === 'dw';
	const twoWay = hubKind === 'ipaas' ? rng.chance(0.5) : oneWayHub ? false : type === 'API' ? rng.chance(0.35) : type === 'File' && rng.chance(0.06);
	return {
		id: '',
		source: s.row.id,
		target: t.row.id,
		direction: twoWay ? 'two-way' : 'one-way',
		type,
		protocol,
		data_objects: objects.join('; '),
		frequency: hubKind === 'idp' ? 'real-time' : rng.weighted(FREQUENCIES[type]),
		criticality: `Tier ${Math.min(4, tier + (rng.chance(0.35) ? 1 : 0))}`,
		notes: rng.chance(type === 'Manual' ? 0.25 : 0.05) ? rng.pick([...INTEGRATION_NOTES.any, ...(INTEGRATION_NOTES[/** @type {'File'} */ (type)] ?? [])]) : ''
	};
}

/** API, file, event, database or manual, from what sits at each end. */
function linkType(/** @type {Rng} */ rng, /** @type {App} */ s, /** @type {App} */ t, /** @type {string} */ hubKind) {
	if (hubKind === 'idp') return 'API';
	if (hubKind === 'dw') return rng.weighted([['Database', 45], ['File', 35], ['Event', 20]]);
	if (hubKind === 'ipaas') return rng.weighted([['API', 60], ['Event', 30], ['File', 10]]);
	if (hubKind === 'itsm') return rng.weighted([['API', 60], ['Event', 40]]);
	if (s.type === 'EUC' || t.type === 'EUC') return rng.weighted([['Manual', 55], ['File', 45]]);
	if (s.legacy || t.legacy) return rng.weighted([['File', 40], ['Database', 30], ['API', 22], ['Manual', 8]]);
	return rng.weighted([['API', 45], ['Event', 14], ['File', 20], ['Database', 12], ['Manual', 9]]);
}

/** One to three business objects, mostly the sender's. */
function dataObjects(/** @type {Rng} */ rng, /** @type {string[]} */ from, /** @type {string[]} */ to) {
	const n = rng.weighted([[1, 60], [2, 30], [3, 10]]);
	/** @type {string[]} */
	const out = [];
	for (let i = 0; i < n * 3 && out.length < n; i++) {
		const o = rng.pick(rng.chance(0.7) ? from : to);
		if (!out.includes(o)) out.push(o);
	}
	return out;
}
