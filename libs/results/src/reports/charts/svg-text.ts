/** Text and attribute values inside an SVG string: the five XML specials escaped. */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * SVG text does not wrap: a label longer than the chart is cut with an ellipsis. The full
 * text is in the chart's table, which screen readers and the XLSX report get.
 */
export function clip(label: string, maxChars: number): string {
  const chars = [...label];
  return chars.length <= maxChars ? label : `${chars.slice(0, maxChars - 1).join('')}…`;
}

/** Coordinates with at most one decimal: short strings, no floating-point noise. */
export function coordinate(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * The opening of every chart, labelled by its title and description. With a width, the
 * drawing scales to its column (`viewBox`); without one it is as wide as its column and
 * `height` pixels high, and draws in percentages across.
 */
export function svgOpen(
  id: string,
  width: number | null,
  height: number,
  title: string,
  desc: string,
): string {
  const size =
    width === null ? `width="100%" height="${height}"` : `viewBox="0 0 ${width} ${height}"`;
  const kind = width === null ? 'chart chart--bars' : 'chart chart--scaled';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="${kind}" ${size} ` +
    `role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false">` +
    `<title id="${id}-title">${escapeXml(title)}</title>` +
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`
  );
}
