/** `text` with every non-ASCII character replaced by its ASCII stand-in (see ascii-comments.mjs). */
export function toAscii(text: string): string;
