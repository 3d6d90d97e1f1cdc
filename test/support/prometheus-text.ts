/** One sample of a scrape: `name{label="value",...} 12.5`. */
export interface PrometheusSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const LABEL = `[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\[\\\\"n])*"`;
const SAMPLE = new RegExp(
  `^(${NAME})(?:\\{((?:${LABEL})(?:,${LABEL})*)?,?\\})? (-?[0-9.eE+-]+|[Nn]a[Nn]|[+-]Inf)(?: -?[0-9]+)?$`,
);
const COMMENT = new RegExp(
  `^# (?:HELP (${NAME}) .*|TYPE (${NAME}) (counter|gauge|histogram|summary|untyped))$`,
);

/**
 * A strict reader of the Prometheus text exposition format (version 0.0.4): every line
 * must be a HELP or TYPE comment or a sample, or it throws naming the line. NaN is read
 * in any case, as Prometheus reads it (prom-client writes `Nan`).
 */
export function parsePrometheusText(text: string): PrometheusSample[] {
  const samples: PrometheusSample[] = [];
  const lines = text.split('\n');
  if (lines.pop() !== '') throw new Error('the exposition must end with a newline');
  for (const [index, line] of lines.entries()) {
    if (line === '' || COMMENT.test(line)) continue;
    const match = SAMPLE.exec(line);
    if (!match) throw new Error(`line ${index + 1} is not in the text format: ${line}`);
    const labels: Record<string, string> = {};
    for (const pair of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
      labels[pair[1]] = pair[2].replace(/\\(["\\])/g, '$1').replace(/\\n/g, '\n');
    samples.push({
      name: match[1],
      labels,
      value: /^nan$/i.test(match[3]) ? NaN : Number(match[3].replace('Inf', 'Infinity')),
    });
  }
  return samples;
}

/** The value of the one sample with this name and these labels (others may be present). */
export function sampleValue(
  samples: PrometheusSample[],
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  return samples.find(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  )?.value;
}
