import { LmbError } from "@lmb/errors";

/**
 * Prepares an SVG document (as `renderSvg` writes one) for inlining in the report page: drops an
 * XML prolog and DOCTYPE, prefixes every `id` and every local reference to it (`url(#…)`,
 * `href="#…"`) with `prefix` so that two figures' clip paths never collide in one document, and
 * labels the picture for screen readers.
 *
 * @param svg - SVG text starting with `<svg` (after an optional prolog)
 * @param prefix - unique per figure, e.g. `"f3-"` (letters, digits, `-`)
 * @param label - accessible name (escaped text)
 * @throws LmbError `E_REPORT_FIGURE` when the text is not an SVG document or carries a script
 * @example
 * inlineSvg('<svg id="a"><clipPath id="clip1"/><g clip-path="url(#clip1)"/></svg>', "f1-", "Voltage");
 */
export function inlineSvg(svg: string, prefix: string, label: string): string {
  const body = svg
    .replace(/^\uFEFF?\s*<\?xml[^>]*\?>\s*/, "")
    .replace(/^<!DOCTYPE[^>]*>\s*/i, "")
    .trim();
  if (!body.startsWith("<svg") || /<script|\son[a-z]+\s*=|javascript:/i.test(body)) {
    throw new LmbError("E_REPORT_FIGURE", `figure "${label}" is not a plain SVG picture`, {
      fix: "this is a bug in lmb: please report it with the command and input files",
    });
  }
  const prefixed = body
    .replace(/\sid="([^"]+)"/g, ` id="${prefix}$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${prefix}$1"`);
  return prefixed.replace(/^<svg/, `<svg role="img" aria-label="${label}"`);
}
