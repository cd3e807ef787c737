/**
 * The options of a column's "Goes to" select, as a Svelte action: every field by group, the
 * capability levels, custom and skip. The mapping table has one such select per column, each with
 * some forty options; made by Svelte, that is an each-block per option (1,400 of them for a
 * 35-column sheet), the mapping screen's largest cost. The options never change, so they are
 * made once and each select gets a native copy.
 */
import { FIELD_GROUPS, PARENT_LEVELS } from './import-format';

let template: DocumentFragment | undefined;

function option(value: string, label: string): HTMLOptionElement {
	const element = document.createElement('option');
	element.value = value;
	element.textContent = label;
	return element;
}

function group(label: string, options: HTMLOptionElement[]): HTMLOptGroupElement {
	const element = document.createElement('optgroup');
	element.label = label;
	element.append(...options);
	return element;
}

/** The options, made on first use. */
function targetOptionsTemplate(): DocumentFragment {
	if (template) return template;
	template = document.createDocumentFragment();
	template.append(
		option('custom', 'Keep as a custom attribute'),
		...FIELD_GROUPS.map((g) => group(g.title, g.fields.map((f) => option(`field:${f.key}`, f.label)))),
		group('Capability tree', PARENT_LEVELS.map((p) => option(`parent:${p.level}`, p.label))),
		option('skip', "Don't import this column")
	);
	return template;
}

/** Fills the select with the target options and selects `value` ("field:name", "custom", …), now and on every change. */
export function targetOptions(select: HTMLSelectElement, value: string) {
	select.append(targetOptionsTemplate().cloneNode(true));
	select.value = value;
	return {
		update(next: string) {
			select.value = next;
		}
	};
}
