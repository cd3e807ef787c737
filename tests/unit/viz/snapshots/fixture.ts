/**
 * A small hand-made portfolio for the SVG snapshot tests: ten applications over a three-level
 * capability tree, scored on a fixed day. It is built to show every state a reader can see:
 * an empty capability (dashed gap), an application in two capabilities, one without any
 * capability, missing health, missing cost, an end of support already passed, one far beyond the
 * roadmap's window, and applications with no dates at all.
 *
 * The props for each view are built the way the charts (`src/lib/viz/charts/*.ts`) build them:
 * each view fitted to a fixed box in screen type (the charts read the box from the page).
 */
import { costFromScores, landscapeInput, matrixInput, quadrantInput, roadmapInput, treemapInput } from '$lib/viz/charts/layout-inputs';
import { DEFAULT_SCORING_SETTINGS, scorePortfolio, type PortfolioScores } from '$lib/domain/scoring';
import { AXES } from '$lib/domain/scoring';
import { formatMoneyCompact } from '$lib/domain/format';
import type { Application, Capability, IsoDate } from '$lib/domain/types';
import { indexCapabilities } from '$lib/viz/layout/capability-index';
import type { LandscapeLayout } from '$lib/viz/layout/landscape';
import { fitLandscape } from '$lib/viz/layout/landscape-fit';
import { MATRIX_MEASURES, type MatrixLayout } from '$lib/viz/layout/matrix';
import { fitMatrix } from '$lib/viz/layout/matrix-fit';
import { dimensionIndex, matrixDimensions } from '$lib/viz/layout/matrix-dimensions';
import { portfolioColumns } from '$lib/domain/columns';
import { fieldRegistry } from '$lib/domain/fields/registry';
import type { QuadrantLayout } from '$lib/viz/layout/quadrant';
import { fitQuadrant } from '$lib/viz/layout/quadrant-fit';
import type { RoadmapLayout } from '$lib/viz/layout/roadmap';
import { fitRoadmap } from '$lib/viz/layout/roadmap-fit';
import type { TreemapLayout } from '$lib/viz/layout/treemap';
import { fitTreemap } from '$lib/viz/layout/treemap-fit';
import { SCREEN_TYPE } from '$lib/viz/layout/type-scale';
import { metricColours, type MetricColours } from '$lib/viz/metric-colours';
import { colourScale } from '$lib/viz/scales/colours';
import { metric, type SequentialMetric } from '$lib/viz/scales/metrics';
import { appId, capId, isoDate, makeApp, makeCapability } from '../../domain/factory';

export const TODAY: IsoDate = isoDate('2026-12-01');

const cap = (id: string, name: string, parent: string | null, order: number): Capability =>
	makeCapability(id, name, { parentId: parent === null ? null : capId(parent), level: (id.split('.').length as 1 | 2 | 3), order });

/** Three level-1 capabilities, nine below them; People › Recruiting is served by nobody. */
export const CAPABILITIES: Capability[] = [
	cap('FIN', 'Finance', null, 0),
	cap('FIN.ACC', 'Accounting', 'FIN', 1),
	cap('FIN.ACC.GL', 'General ledger', 'FIN.ACC', 2),
	cap('FIN.ACC.AP', 'Accounts payable', 'FIN.ACC', 3),
	cap('FIN.TRS', 'Treasury', 'FIN', 4),
	cap('CUS', 'Customer', null, 5),
	cap('CUS.SAL', 'Sales', 'CUS', 6),
	cap('CUS.SAL.CRM', 'Relationship management', 'CUS.SAL', 7),
	cap('CUS.SRV', 'Service', 'CUS', 8),
	cap('PPL', 'People', null, 9),
	cap('PPL.PAY', 'Payroll', 'PPL', 10),
	cap('PPL.REC', 'Recruiting', 'PPL', 11)
];

const app = (n: number, name: string, capabilities: string[], fields: Partial<Application> = {}): Application =>
	makeApp({ id: appId(`APP-${String(n).padStart(2, '0')}`), name, capabilities: capabilities.map(capId), ...fields });

/** Ten applications; see the comments for what each one exercises. */
export const APPS: Application[] = [
	// Fully described, healthy, mission critical.
	app(1, 'General Ledger', ['FIN.ACC.GL'], {
		department: 'Finance', vendor: 'Ledgerly', hosting: 'saas', lifecycle: 'active', endOfSupport: isoDate('2028-06-30'),
		technicalFit: 4, functionalFit: 4, criticality: 1, dataClassification: 'confidential', authentication: 'sso', compliance: 'compliant',
		incidents: 1, lastReviewed: isoDate('2026-05-01'), annualCost: 420_000, userCount: 300, contractEnd: isoDate('2027-03-31')
	}),
	// Support ended before today: an overdue bar.
	app(2, 'Payables Hub', ['FIN.ACC.AP'], {
		department: 'Finance', vendor: 'Ledgerly', hosting: 'on-prem', lifecycle: 'phase-out', endOfSupport: isoDate('2026-09-30'),
		technicalFit: 2, functionalFit: 3, criticality: 2, incidents: 6, annualCost: 180_000, contractEnd: isoDate('2027-01-15')
	}),
	// No cost: left out of the treemap, a dashed minimum-size bubble in the quadrant.
	app(3, 'Treasury Desk', ['FIN.TRS'], {
		department: 'Finance', hosting: 'cloud', lifecycle: 'active', technicalFit: 3, functionalFit: 2, criticality: 2
	}),
	// In two capabilities: two tiles, two roadmap rows.
	app(4, 'Expense Claims', ['FIN.ACC.AP', 'PPL.PAY'], {
		department: 'People', vendor: 'Claimco', hosting: 'saas', lifecycle: 'active', endOfSupport: isoDate('2027-08-31'),
		technicalFit: 3, functionalFit: 3, criticality: 3, authentication: 'no-sso', dataClassification: 'internal', annualCost: 60_000
	}),
	app(5, 'CRM Suite', ['CUS.SAL.CRM'], {
		department: 'Sales', vendor: 'Cloudforce', hosting: 'saas', lifecycle: 'active', technicalFit: 4, functionalFit: 3,
		criticality: 1, annualCost: 650_000, contractEnd: isoDate('2027-11-30'), lastReviewed: isoDate('2025-02-01')
	}),
	// Served from a level-2 capability, still being planned; no criticality (hatched roadmap bar).
	app(6, 'Quote Builder', ['CUS.SAL'], {
		department: 'Sales', lifecycle: 'plan', endOfSupport: isoDate('2030-12-31'), functionalFit: 2, annualCost: 25_000
	}),
	// End of life, support long gone.
	app(7, 'Service Desk', ['CUS.SRV'], {
		department: 'Customer service', vendor: 'Helpify', hosting: 'on-prem', lifecycle: 'end-of-life', endOfSupport: isoDate('2025-12-31'),
		technicalFit: 1, functionalFit: 2, criticality: 3, incidents: 12, annualCost: 90_000
	}),
	// End of support beyond the roadmap's window: a clamped marker.
	app(8, 'Payroll Engine', ['PPL.PAY'], {
		department: 'People', vendor: 'Paywise', hosting: 'hybrid', lifecycle: 'active', endOfSupport: isoDate('2033-01-01'),
		technicalFit: 3, functionalFit: 4, criticality: 1, annualCost: 300_000
	}),
	// Nothing known but a name: no capability, no health, no cost, no dates.
	app(9, 'Legacy Timesheets', []),
	// A cost and a contract, but no health indicator at all: hatched in the treemap.
	app(10, 'Onboarding Portal', ['PPL.PAY'], { department: 'People', annualCost: 40_000, contractEnd: isoDate('2027-06-30') })
];

export const SCORES: PortfolioScores = scorePortfolio(APPS, DEFAULT_SCORING_SETTINGS, TODAY);
const APP_BY_ID = new Map(APPS.map((a) => [a.id as string, a]));
const nameOf = (id: string) => APP_BY_ID.get(id)?.name ?? id;
const noop = () => {};
/** The tooltip only shows on hover or focus, which a server render never has. */
const tooltip = () => null;

/** The colours of every application under metric `key`, on the screen palette. */
export function colours(key: string): MetricColours {
	return metricColours(APPS, SCORES, metric(key, APPS), 'screen');
}

const phrase = (label: string) => (/^[A-Z]{2,}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1));

/** As the landscape chart, in 720 × 320, coloured by health. */
export function landscapeProps() {
	const layout: LandscapeLayout = fitLandscape(CAPABILITIES, landscapeInput(APPS), { width: 720, height: 320, type: SCREEN_TYPE });
	const title = 'Capability landscape';
	const description = `${layout.appCount.toLocaleString('en-US')} applications by business capability, coloured by ${phrase('Health')}. Dashed boxes are capabilities no application serves.`;
	return { layout, colours: colours('health'), nameOf, title, description, tooltip, onopen: noop };
}

/** As the matrix chart: capability rows, lifecycle columns, mean health, in 640 × 320. */
export function matrixProps() {
	const index = indexCapabilities(CAPABILITIES);
	const dimensions = dimensionIndex(matrixDimensions(portfolioColumns(fieldRegistry(APPS)), index));
	const matrixApps = matrixInput(APPS, SCORES, [dimensions.get('capability')!, dimensions.get('lifecycle')!]);
	const layout: MatrixLayout = fitMatrix(matrixApps, { width: 640, height: 320, type: SCREEN_TYPE }, { rows: 'capability', cols: 'lifecycle', dimensions, measure: 'health' });
	const measureMetric: SequentialMetric = {
		key: 'health', label: MATRIX_MEASURES[layout.measure].label, kind: 'sequential', scheme: 'goodness', highIsGood: true, domain: [0, 100],
		value: () => null, format: (v: number) => String(Math.round(v))
	};
	const scale = colourScale(measureMetric, layout.values, 'screen');
	const title = `${dimensions.get('capability')!.label} by ${dimensions.get('lifecycle')!.label}`;
	const description = `${MATRIX_MEASURES[layout.measure].label} per cell, for ${layout.appCount.toLocaleString('en-US')} applications.${layout.note ? ` ${layout.note}` : ''}`;
	return {
		layout,
		colourOf: (v: number | null) => scale.colour(v),
		format: measureMetric.format,
		measureLabel: MATRIX_MEASURES[layout.measure].label,
		title,
		description,
		onselect: noop
	};
}

/** As the treemap chart: grouped by capability, 720 × 640, coloured by health. */
export function treemapProps() {
	const layout: TreemapLayout = fitTreemap(treemapInput(APPS, costFromScores(SCORES.byId)), CAPABILITIES, { width: 720, height: 640, type: SCREEN_TYPE }, { grouping: 'capability' });
	const title = 'Annual cost by capability';
	const description = `Area is annual cost (${formatMoneyCompact(layout.value, 'USD')} in all), colour is ${phrase('Health')}.`;
	return { layout, colours: colours('health'), nameOf, title, description, tooltip, onopen: noop, onzoom: noop };
}

/**
 * As the quadrant chart in 640 × 400 with the default TIME rule, coloured by annual cost: every
 * placed bubble has a health, so health would never show the hatch here.
 */
export function quadrantProps() {
	const rule = DEFAULT_SCORING_SETTINGS.timeRule;
	const apps = quadrantInput(APPS, SCORES.byId).map((a, i) => ({ ...a, name: APPS[i].name }));
	const layout: QuadrantLayout = fitQuadrant(apps, { width: 640, height: 400, type: SCREEN_TYPE }, { xThreshold: rule.xThreshold, yThreshold: rule.yThreshold });
	const xLabel = AXES[rule.x].label;
	const yLabel = AXES[rule.y].label;
	const title = 'TIME quadrant';
	const description = `${xLabel} against ${yLabel.toLowerCase()}; bubble size is annual cost, colour is ${phrase('Annual cost')}. Drag a dashed line to move a threshold.`;
	return { layout, colours: colours('annualCost'), nameOf, xLabel, yLabel, title, description, tooltip, onopen: noop, onthreshold: noop };
}

/**
 * As the roadmap chart grouped by level-1 capability, ordered by end of support, in 760 × 480,
 * coloured by criticality: a bar needs an end of support, which always gives a health, so health
 * would never show the hatch here.
 */
export function roadmapProps() {
	const index = indexCapabilities(CAPABILITIES);
	const layout: RoadmapLayout = fitRoadmap(roadmapInput(APPS, 'capability', 'endOfSupport', index).rows, { width: 760, height: 480, type: SCREEN_TYPE }, { today: TODAY, sort: 'endOfSupport' });
	const title = 'Lifecycle and renewal roadmap';
	const description = `End of support (◆) and contract renewals (○) for ${layout.appCount.toLocaleString('en-US')} applications by capability; bars run from today to the end of support, coloured by ${phrase('Criticality')}.`;
	return { layout, colours: colours('criticality'), title, description, tooltip, onopen: noop };
}
