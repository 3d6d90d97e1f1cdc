import { Injectable } from '@nestjs/common';
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { within } from '../time/within';

/** One value of a gauge read at scrape time. */
export interface GaugeSample {
  labels: Record<string, string>;
  value: number;
}

/** A gauge whose values are read from a source (the database, Redis) when Prometheus scrapes. */
export interface ScrapedGauge {
  name: string;
  help: string;
  labelNames: string[];
  /** Names the source in `platform_metrics_source_up`, which says when reading it failed. */
  source: string;
  read(): Promise<GaugeSample[]>;
}

/** A source that does not answer within this time counts as down for this scrape. */
const READ_TIMEOUT_MS = 2000;

/** Latency buckets in seconds: a page in tens of milliseconds, an export or upload in seconds. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** Label of requests that matched no route: raw URLs would give one series per probe. */
export const UNMATCHED_ROUTE = '(unmatched)';

/**
 * The process's Prometheus metrics. Its own registry, not prom-client's global one, so
 * two apps in one process (tests) do not clash. Features add gauges read at scrape time
 * (`addScrapedGauge`); nothing is counted in memory that the database already knows.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route template and status',
    labelNames: ['method', 'route', 'status_code'],
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly refreshers: Array<() => Promise<void>> = [];
  private readonly sourceUp = new Gauge({
    name: 'platform_metrics_source_up',
    help: 'Whether a source of scraped metrics answered during this scrape (1) or not (0)',
    labelNames: ['source'],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** `route` is the registered template (`/api/v1/entries/:id`), never the requested URL. */
  observeRequest(method: string, route: string, statusCode: number, seconds: number): void {
    this.latency.observe({ method, route, status_code: String(statusCode) }, seconds);
  }

  addScrapedGauge(spec: ScrapedGauge): void {
    const gauge = new Gauge({
      name: spec.name,
      help: spec.help,
      labelNames: spec.labelNames,
      registers: [this.registry],
    });
    this.refreshers.push(async () => {
      try {
        const samples = await within(READ_TIMEOUT_MS, spec.read());
        gauge.reset();
        for (const sample of samples) gauge.set(sample.labels, sample.value);
        this.sourceUp.set({ source: spec.source }, 1);
      } catch {
        // A failing source must not fail the whole scrape: the other metrics still tell
        // the operator what is wrong, and this gauge says which source is missing.
        gauge.reset();
        this.sourceUp.set({ source: spec.source }, 0);
      }
    });
  }

  /** Reads every source (in parallel, each bounded), then writes the exposition. */
  async render(): Promise<string> {
    await Promise.all(this.refreshers.map((refresh) => refresh()));
    return this.registry.metrics();
  }
}
