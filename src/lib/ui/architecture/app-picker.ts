/**
 * Type-ahead over application names: the text a person typed (a name, an id, or the "Name (id)" a
 * suggestion fills in) resolved to one application, or the reason it is not one.
 */
export interface PickableApp {
	id: string;
	name: string;
}

export const pickLabel = (app: PickableApp): string => `${app.name} (${app.id})`;

export function resolveApp(text: string, apps: readonly PickableApp[]): { id: string } | { error: string } {
	const t = text.trim();
	if (!t) return { error: 'Name an application.' };
	const exact = apps.find((a) => pickLabel(a) === t || a.id === t);
	if (exact) return { id: exact.id };
	const lower = t.toLowerCase();
	const named = apps.filter((a) => a.name.toLowerCase() === lower);
	if (named.length === 1) return { id: named[0].id };
	if (named.length > 1) return { error: `${named.length} applications are called “${t}”: pick one from the list (${named.map((a) => a.id).join(', ')}).` };
	return { error: `No application is called “${t}”.` };
}
