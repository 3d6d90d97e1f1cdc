import { clip, coordinate, escapeXml, svgOpen } from './svg-text';

export interface Bar {
  label: string;
  value: number;
  /**
   * A part-of-whole bar (a judge's scored assignments of their total): the track is the
   * whole and the bar the part. Without it, bars are scaled to the largest value.
   */
  of?: number;
}

export interface BarChartInput {
  /** Unique in the page: the title and description are referenced by it. */
  id: string;
  title: string;
  /** What a screen reader hears after the title (the numbers are in the table beside it). */
  desc: string;
  bars: readonly Bar[];
  /** How a value is written (the reader's separators come from display-formats). */
  valueText: (bar: Bar) => string;
}

/** The drawing's own units: the page scales it to the column, up to a readable maximum. */
export const CHART_WIDTH = 400;
const LABEL_LINE = 17;
const BAR_HEIGHT = 12;
const ROW_GAP = 9;
const ROW = LABEL_LINE + BAR_HEIGHT + ROW_GAP;
const MAX_LABEL_CHARS = 46;

/**
 * A horizontal bar chart as an SVG string, for the server to put inline in a page: it
 * needs no script and prints as drawn. Each bar has its label above it (left) and its
 * value (right), so long names of schools or communes fit a phone's width; bars are
 * scaled to the largest value (or each to its own whole), and a value of zero keeps a
 * hairline so the row is seen.
 */
export function renderBarChart(input: BarChartInput): string {
  const { bars } = input;
  const height = Math.max(ROW, bars.length * ROW);
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  const rows = bars.map((bar, index) => {
    const top = index * ROW;
    const whole = bar.of ?? max;
    const width = whole > 0 ? (Math.min(bar.value, whole) / whole) * CHART_WIDTH : 0;
    return (
      `<g class="chart__row">` +
      `<text class="chart__label" x="0" y="${top + 12}">${escapeXml(clip(bar.label, MAX_LABEL_CHARS))}</text>` +
      `<text class="chart__value" x="${CHART_WIDTH}" y="${top + 12}" text-anchor="end">${escapeXml(input.valueText(bar))}</text>` +
      `<rect class="chart__track" x="0" y="${top + LABEL_LINE}" width="${CHART_WIDTH}" height="${BAR_HEIGHT}" rx="2"/>` +
      `<rect class="chart__bar" x="0" y="${top + LABEL_LINE}" width="${coordinate(Math.max(width, 1))}" height="${BAR_HEIGHT}" rx="2"/>` +
      `</g>`
    );
  });
  return `${svgOpen(input.id, CHART_WIDTH, height, input.title, input.desc)}${rows.join('')}</svg>`;
}
