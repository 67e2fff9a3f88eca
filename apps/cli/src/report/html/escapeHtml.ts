const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for HTML element content and quoted attribute values: `& < > " '` become
 * entities, so a file name such as `<img src=x onerror=alert(1)>.mpt` is shown as text and never
 * parsed as markup. Every string that comes from an input file, a file name or the config goes
 * through it.
 *
 * @param text - any text
 * @returns the text with the five HTML-special characters replaced
 * @example
 * escapeHtml('a<b & "c"'); // "a&lt;b &amp; &quot;c&quot;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
