/**
 * What a chart's tooltip says about an application: the chosen metric, its health with confidence,
 * cost and TIME, and the indicators that cost it the most points, so "why is this red?" is
 * answered where the question is asked.
 */
import { formatMoney } from '$lib/domain/format';
import { LIFECYCLE_OPTIONS, TIME_OPTIONS, optionLabel } from '$lib/domain/fields/vocabularies';
import { explainHealth, type AppScore, type Weights } from '$lib/domain/scoring';
import type { Application, IsoDate } from '$lib/domain/types';
import type { TooltipContent } from './chart-tooltip.svelte';

export interface TooltipContext {
	metricLabel: string;
	metricValue: string;
	weights: Weights;
	today: IsoDate;
	medianHealth: number | null;
}

export function appTooltip(app: Application, score: AppScore | undefined, context: TooltipContext): TooltipContent {
	const lines = [{ label: context.metricLabel, value: context.metricValue }];
	// A health on one indicator is that indicator: say so wherever the health is shown.
	const single = score?.health != null && score.basis === 1 ? ', from one indicator only' : '';
	if (context.metricLabel !== 'Health') {
		lines.push({
			label: 'Health',
			value: score?.health == null ? 'unknown' : `${Math.round(score.health)} (confidence ${Math.round(score.confidence * 100)}%${single})`
		});
	} else if (score) lines.push({ label: 'Confidence', value: `${Math.round(score.confidence * 100)}% of the weight had data${single}` });
	if (context.metricLabel !== 'Annual cost') lines.push({ label: 'Annual cost', value: score?.cost ? formatMoney(score.cost.total, app.currency ?? 'USD') : 'unknown' });
	if (score?.time) lines.push({ label: 'TIME', value: `${optionLabel(TIME_OPTIONS, score.time.decision)}${score.time.manual ? ' (set by a person)' : ''}` });
	else if (score?.timeReason) lines.push({ label: 'TIME', value: score.timeReason });
	if (app.lifecycle) lines.push({ label: 'Lifecycle', value: optionLabel(LIFECYCLE_OPTIONS, app.lifecycle) });
	const explanation = explainHealth(app, context.weights, context.today, context.medianHealth);
	const drivers = explanation.drivers
		.map((key) => explanation.indicators.find((i) => i.key === key)!)
		.filter((i) => i.shortfall >= 1)
		.slice(0, 2)
		.map((i) => `${i.label} −${Math.round(i.shortfall)}`);
	const missing = explanation.missing.length ? `No data for ${explanation.missing.length} of ${explanation.indicators.length} indicators.` : '';
	const note = [drivers.length ? `Health lost most to: ${drivers.join(', ')}.` : '', missing].filter(Boolean).join(' ');
	return { title: app.name, lines, note: note || undefined };
}
