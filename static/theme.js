// Applies the saved theme before the first paint, so a dark-theme user never sees a white flash.
// A file rather than an inline script, so the Content-Security-Policy allows it by origin alone.
try {
	const t = localStorage.getItem('atlas.theme');
	if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch {
	// Storage can be refused (private mode, blocked cookies); the default theme is used then.
}
