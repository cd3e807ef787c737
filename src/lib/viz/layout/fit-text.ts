/**
 * Shortening labels to the room a mark has. SVG cannot measure text without a DOM, so the width
 * of a character is taken as a fraction of the font size, which holds for the UI's sans-serif.
 */
const CHAR_WIDTH = 0.56;

/** `text` cut to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, Math.max(1, max - 1))}…` : text;
}

/** `text` cut to fit `width` pixels at `fontSize`, or '' when not even three characters fit. */
export function fitText(text: string, width: number, fontSize: number): string {
	const max = Math.floor((width - 6) / (fontSize * CHAR_WIDTH));
	return max < 3 ? '' : clip(text, max);
}
