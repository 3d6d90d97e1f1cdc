import { coordinate, escapeXml, svgOpen } from './svg-text';

/** A running total reached on a day; days are whole numbers (days since 1970-01-01, local). */
export interface StepPoint {
  day: number;
  total: number;
}

export interface StepChartInput {
  id: string;
  title: string;
  desc: string;
  /** Ascending days, each with the total reached at its end. */
  points: readonly StepPoint[];
  /** The first and last day shown (the axis covers whole days). */
  firstDay: number;
  lastDay: number;
  /** The deadline as a fractional day (17:00 is x.708), marked by a dashed line; null: none. */
  deadline: number | null;
  deadlineLabel: string;
  dayText: (day: number) => string;
  valueText: (value: number) => string;
}

const WIDTH = 400;
const HEIGHT = 220;
const LEFT = 40;
const RIGHT = 8;
const TOP = 26;
const BOTTOM = 26;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;

/**
 * A step chart of a running total over days, as an SVG string: the line rises on each day
 * something was counted and stays flat in between, as submissions pile up towards a
 * deadline. The axis spans whole days, so a day is a column of equal width.
 */
export function renderStepChart(input: StepChartInput): string {
  const first = Math.min(input.firstDay, input.points[0]?.day ?? input.firstDay);
  const last = Math.max(input.lastDay, input.points[input.points.length - 1]?.day ?? first);
  const span = last + 1 - first;
  const max = Math.max(1, ...input.points.map((p) => p.total));
  const x = (day: number) => LEFT + ((day - first) / span) * PLOT_W;
  const y = (total: number) => TOP + PLOT_H - (total / max) * PLOT_H;

  let path = `M${coordinate(x(first))} ${coordinate(y(0))}`;
  for (const point of input.points)
    path += `H${coordinate(x(point.day))}V${coordinate(y(point.total))}`;
  path += `H${coordinate(x(last + 1))}`;
  const dots = input.points
    .map(
      (p) =>
        `<circle class="chart__dot" cx="${coordinate(x(p.day))}" cy="${coordinate(y(p.total))}" r="2.5"/>`,
    )
    .join('');

  const axes =
    `<line class="chart__axis" x1="${LEFT}" y1="${TOP + PLOT_H}" x2="${WIDTH - RIGHT}" y2="${TOP + PLOT_H}"/>` +
    `<line class="chart__grid" x1="${LEFT}" y1="${TOP}" x2="${WIDTH - RIGHT}" y2="${TOP}"/>` +
    label(LEFT - 4, TOP + 4, 'end', input.valueText(max)) +
    label(LEFT - 4, TOP + PLOT_H + 4, 'end', input.valueText(0)) +
    label(LEFT, HEIGHT - 6, 'start', input.dayText(first)) +
    label(WIDTH - RIGHT, HEIGHT - 6, 'end', input.dayText(last));

  let deadline = '';
  if (input.deadline !== null) {
    const at = Math.min(Math.max(x(input.deadline), LEFT), WIDTH - RIGHT);
    const anchor = at > WIDTH / 2 ? 'end' : 'start';
    deadline =
      `<line class="chart__deadline" x1="${coordinate(at)}" y1="${TOP - 6}" x2="${coordinate(at)}" y2="${TOP + PLOT_H}" stroke-dasharray="4 3"/>` +
      label(
        at + (anchor === 'end' ? -3 : 3),
        TOP - 10,
        anchor,
        input.deadlineLabel,
        'chart__deadline-label',
      );
  }
  return (
    `${svgOpen(input.id, WIDTH, HEIGHT, input.title, input.desc)}${axes}` +
    `<path class="chart__line" d="${path}" fill="none"/>${dots}${deadline}</svg>`
  );
}

function label(x: number, y: number, anchor: string, text: string, kind = 'chart__tick'): string {
  return `<text class="${kind}" x="${coordinate(x)}" y="${coordinate(y)}" text-anchor="${anchor}">${escapeXml(text)}</text>`;
}

/** `2026-11-26` as a day number, and back: the axis counts days, the page writes dates. */
export function dayNumber(isoDay: string): number {
  const [year, month, day] = isoDay.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

export function isoDayOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
