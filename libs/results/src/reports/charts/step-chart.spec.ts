import { dayNumber, isoDayOf, renderStepChart } from './step-chart';

describe('renderStepChart', () => {
  const first = dayNumber('2026-11-20');
  const input = {
    id: 's',
    title: 'Số bài dự thi đã nộp theo ngày',
    desc: 'tổng cộng 5',
    points: [
      { day: first, total: 2 },
      { day: first + 9, total: 5 },
    ],
    firstDay: first,
    lastDay: first + 9,
    deadline: first + 9.7,
    deadlineLabel: 'Hạn nộp 29/11/2026',
    dayText: (day: number) => isoDayOf(day).slice(5),
    valueText: String,
  };

  it('rises on the days something was counted and stays flat between them', () => {
    const svg = renderStepChart(input);
    // 10 days over 352 units: day 0 at x=40, day 9 at 356.8, the end of day 9 at 392;
    // 2 of 5 is 2/5 of the 168 units above the axis at y=194.
    expect(svg).toContain('<path class="chart__line" d="M40 194H40V126.8H356.8V26H392"');
    expect(svg).toMatch(/>5<\/text>/);
    expect(svg).toContain('>11-20</text>');
    expect(svg).toContain('>11-29</text>');
  });

  it('marks the deadline where it falls in its day, with its label', () => {
    const svg = renderStepChart(input);
    expect(svg).toContain('<line class="chart__deadline" x1="381.4"');
    expect(svg).toContain('>Hạn nộp 29/11/2026</text>');
  });

  it('draws no deadline when the contest has none', () => {
    expect(renderStepChart({ ...input, deadline: null })).not.toContain('chart__deadline');
  });

  it('counts days in both directions alike', () => {
    expect(isoDayOf(dayNumber('2026-02-28') + 1)).toBe('2026-03-01');
  });
});
