/**
 * The keys of a chart's marks: arrow keys move from the focused mark to the nearest mark whose
 * centre lies in the pressed direction, preferring marks in line with it; Home and End go to the
 * first and last mark; Enter and Space open the mark. Works for any layout (tiles, cells,
 * bubbles, bars), since it only needs the marks' centres.
 */
export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Point {
	x: number;
	y: number;
}

const KEYS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** The direction an arrow key means, or null for other keys. */
export function directionOf(key: string): Direction | null {
	return KEYS[key] ?? null;
}

/**
 * The index of the mark to move to from `from` in `direction`, or `from` when there is none.
 * Distance along the direction counts once, distance across it three times, so movement keeps to
 * the row or column it is in.
 */
export function nextMark(points: readonly Point[], from: number, direction: Direction): number {
	const origin = points[from];
	if (!origin) return points.length ? 0 : -1;
	let best = from;
	let bestScore = Infinity;
	for (let i = 0; i < points.length; i++) {
		if (i === from) continue;
		const dx = points[i].x - origin.x;
		const dy = points[i].y - origin.y;
		const along = direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
		const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
		if (along <= 0.5) continue;
		const score = along + across * 3;
		if (score < bestScore) {
			bestScore = score;
			best = i;
		}
	}
	return best;
}

/** What a key does to a chart's marks: move to mark `index`, open it, or nothing. */
export type MarkKeyAction = { kind: 'move' | 'open'; index: number } | null;

/**
 * What `key` does when mark `current` has the focus (-1: none yet, so any movement key lands on
 * the first mark). Marks are in reading order, which Home and End follow.
 */
export function markKey(key: string, current: number, points: readonly Point[]): MarkKeyAction {
	if (points.length === 0) return null;
	if (key === 'Enter' || key === ' ') return current >= 0 ? { kind: 'open', index: current } : null;
	if (key === 'Home') return { kind: 'move', index: 0 };
	if (key === 'End') return { kind: 'move', index: points.length - 1 };
	const direction = directionOf(key);
	if (!direction) return null;
	return { kind: 'move', index: current < 0 ? 0 : nextMark(points, current, direction) };
}
