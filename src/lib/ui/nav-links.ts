/** The product's areas, in the order the sidebar shows them. */
export interface NavLink {
	href: string;
	label: string;
	/** An SVG path (24×24 viewBox) for the icon. */
	icon: string;
	/** The area shows applications, so the shared filter goes along to it. */
	filtered?: boolean;
}

export const NAV_LINKS: readonly NavLink[] = [
	{ href: '/', label: 'Overview', icon: 'M4 13h6V4H4zm0 7h6v-5H4zm10 0h6v-9h-6zm0-16v5h6V4z' },
	{ href: '/applications', label: 'Applications', filtered: true, icon: 'M4 6h16M4 12h16M4 18h16' },
	{ href: '/heatmaps', label: 'Heat maps', filtered: true, icon: 'M4 4h7v7H4zm9 0h7v7h-7zM4 13h7v7H4zm9 0h7v7h-7z' },
	{ href: '/security', label: 'Security', filtered: true, icon: 'M12 3l7 3v5c0 4.5-3 8.3-7 10-4-1.7-7-5.5-7-10V6zM9 12l2 2 4-4' },
	{ href: '/completeness', label: 'Completeness', filtered: true, icon: 'M4 4h16v16H4zM4 10h16M10 4v16M14 14l2 2 3-4' },
	{ href: '/architecture', label: 'Architecture', filtered: true, icon: 'M6 6m-2 0a2 2 0 1 0 4 0a2 2 0 1 0-4 0M18 6m-2 0a2 2 0 1 0 4 0a2 2 0 1 0-4 0M12 18m-2 0a2 2 0 1 0 4 0a2 2 0 1 0-4 0M8 6h8M7 8l4 8M17 8l-4 8' },
	{ href: '/import', label: 'Import', icon: 'M12 4v11m0 0l-4-4m4 4l4-4M5 20h14' },
	{ href: '/present', label: 'Present', icon: 'M4 5h16v11H4zM12 16v4M8 20h8' },
	{ href: '/snapshots', label: 'Snapshots', icon: 'M12 7v5l3 2M21 12a9 9 0 1 1-3-6.7M21 4v4h-4' },
	{ href: '/settings', label: 'Settings', icon: 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19 12l2-1-1-3-2 .3-1.5-1.5.3-2-3-1-1 2h-2l-1-2-3 1 .3 2L5.3 8.3 3 8l-1 3 2 1v2l-2 1 1 3 2-.3 1.5 1.5-.3 2 3 1 1-2h2l1 2 3-1-.3-2 1.5-1.5 2 .3 1-3-2-1z' }
];

/** True when `pathname` is inside the area `href`. */
export function isActive(href: string, pathname: string): boolean {
	return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/** Pages shown without the sidebar: presenting, the presenter's notes window, and printing. */
const BARE = ['/present/play', '/present/notes', '/present/print'];

/** True when `pathname` is a page the app shows on its own, without its sidebar. */
export function isBare(pathname: string): boolean {
	return BARE.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}
