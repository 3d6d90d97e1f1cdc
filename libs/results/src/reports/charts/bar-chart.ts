import { clip, escapeXml, svgOpen } from './svg-text';

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

const LABEL_LINE = 20;
const BAR_HEIGHT = 12;
const ROW_GAP = 10;
export const BAR_ROW = LABEL_LINE + BAR_HEIGHT + ROW_GAP;
/** What fits beside the value on a phone's 300-pixel chart at the page's 14-pixel text. */
const MAX_LABEL_CHARS = 34;

/**
 * A horizontal bar chart as an SVG string, for the server to put inline in a page: it
 * needs no script and prints as drawn. Widths are percentages and heights pixels, so the
 * chart takes its column's width while its text keeps the page's size (a scaled drawing
 * would shrink it on a phone). Each bar has its label above it (left) and its value
 * (right); bars are scaled to the largest value (or each to its own whole), and a value
 * of zero keeps a hairline so the row is seen.
 */
export function renderBarChart(input: BarChartInput): string {
  const { bars } = input;
  const height = Math.max(BAR_ROW, bars.length * BAR_ROW);
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  const rows = bars.map((bar, index) => {
    const top = index * BAR_ROW;
    const whole = bar.of ?? max;
    const share = whole > 0 ? Math.min(bar.value, whole) / whole : 0;
    const width = share > 0 ? `${Math.round(share * 1000) / 10}%` : '2';
    return (
      `<g class="chart__row">` +
      `<text class="chart__label" x="0" y="${top + 14}">${escapeXml(clip(bar.label, MAX_LABEL_CHARS))}</text>` +
      `<text class="chart__value" x="100%" y="${top + 14}" text-anchor="end">${escapeXml(input.valueText(bar))}</text>` +
      `<rect class="chart__track" x="0" y="${top + LABEL_LINE}" width="100%" height="${BAR_HEIGHT}" rx="2"/>` +
      `<rect class="chart__bar" x="0" y="${top + LABEL_LINE}" width="${width}" height="${BAR_HEIGHT}" rx="2"/>` +
      `</g>`
    );
  });
  return `${svgOpen(input.id, null, height, input.title, input.desc)}${rows.join('')}</svg>`;
}
