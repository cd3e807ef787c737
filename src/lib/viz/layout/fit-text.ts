/**
 * Shortening labels to the room a mark has. SVG cannot measure text without a DOM, so the width
 * of a character is taken as a fraction of the font size, which holds for the UI's sans-serif.
 */
export const CHAR_WIDTH = 0.56;

/** `text` cut to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, Math.max(1, max - 1))}…` : text;
}

/** `text` cut to fit `width` pixels at `fontSize`, or '' when not even three characters fit. */
export function fitText(text: string, width: number, fontSize: number): string {
	const max = Math.floor((width - 6) / (fontSize * CHAR_WIDTH));
	return max < 3 ? '' : clip(text, max);
}

/**
 * `text` broken into lines of at most `width` pixels at `fontSize`, at spaces, at most `maxLines`
 * of them; the last line ends in an ellipsis when text was left over.
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines = Infinity): string[] {
	const max = Math.max(3, Math.floor(width / (fontSize * CHAR_WIDTH)));
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (let i = 0; i < words.length; i++) {
		const word = words[i];
		const next = line ? `${line} ${word}` : word;
		if (next.length <= max) {
			line = next;
			continue;
		}
		if (line) lines.push(line);
		line = word.length > max ? clip(word, max) : word;
		if (lines.length === maxLines) {
			lines[maxLines - 1] = clip(`${lines[maxLines - 1]} …`, max);
			return lines;
		}
	}
	if (line) lines.push(line);
	if (lines.length > maxLines) {
		const kept = lines.slice(0, maxLines);
		kept[maxLines - 1] = clip(`${kept[maxLines - 1]}…`, max);
		return kept;
	}
	return lines;
}
