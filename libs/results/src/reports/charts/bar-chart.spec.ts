import { renderBarChart } from './bar-chart';

const widths = (svg: string) =>
  [...svg.matchAll(/<rect class="chart__bar" x="0" y="[\d.]+" width="([\d.%]+)"/g)].map(
    (m) => m[1],
  );

describe('renderBarChart', () => {
  const base = {
    id: 'c',
    title: 'Bài dự thi theo bảng',
    desc: '2 nhóm',
    valueText: (b: { value: number }) => String(b.value),
  };

  it('scales bars to the largest value and writes each value', () => {
    const svg = renderBarChart({
      ...base,
      bars: [
        { label: 'Ý tưởng', value: 4 },
        { label: 'Dự án', value: 2 },
      ],
    });
    expect(widths(svg)).toEqual(['100%', '50%']);
    expect(svg).toContain('>Ý tưởng</text>');
    expect(svg).toMatch(/<text class="chart__value"[^>]*>4<\/text>/);
  });

  it('draws a part-of-whole bar against its own whole', () => {
    const svg = renderBarChart({
      ...base,
      bars: [
        { label: 'A', value: 1, of: 4 },
        { label: 'B', value: 3, of: 3 },
      ],
    });
    expect(widths(svg)).toEqual(['25%', '100%']);
  });

  it('keeps a hairline for zero, and draws nothing wider than the chart', () => {
    const svg = renderBarChart({
      ...base,
      bars: [
        { label: 'A', value: 0 },
        { label: 'B', value: 5, of: 2 },
      ],
    });
    expect(widths(svg)).toEqual(['2', '100%']);
  });

  it('is labelled by its title and description for screen readers', () => {
    const svg = renderBarChart({ ...base, bars: [] });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c-title c-desc"/);
    expect(svg).toContain('<title id="c-title">Bài dự thi theo bảng</title>');
    expect(svg).toContain('<desc id="c-desc">2 nhóm</desc>');
  });

  it('escapes what teams typed and cuts labels too long for the drawing', () => {
    const svg = renderBarChart({
      ...base,
      bars: [
        { label: '<script>alert("x")</script> & co', value: 1 },
        {
          label: 'Trường Trung học phổ thông chuyên Lê Khiết, tỉnh Quảng Ngãi (cơ sở 2)',
          value: 1,
        },
      ],
    });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(svg).toContain('>Trường Trung học phổ thông chuyên…</text>');
  });
});
