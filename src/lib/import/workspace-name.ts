/** The name a new workspace gets from the file it is imported from. */

/** "tech-stack_inventory v2.csv" → "Tech stack inventory v2". */
export function workspaceNameFromFile(file: string): string {
	const base = file.replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
	return base ? base.charAt(0).toUpperCase() + base.slice(1) : 'Imported portfolio';
}
