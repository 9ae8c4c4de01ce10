import type { FastifyInstance } from 'fastify';

/** Upper bounds in seconds; an API answer is milliseconds, a draw compute or an import may take seconds. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

interface Series {
  readonly labels: string;
  count: number;
  sum: number;
  readonly buckets: number[];
}

/** A small in-process registry: one series per method, route pattern and status class. */
export class RequestMetrics {
  private readonly series = new Map<string, Series>();

  observe(method: string, route: string, status: number, seconds: number): void {
    const labels = `method="${method}",route="${escape(route)}",status="${Math.floor(status / 100)}xx"`;
    let s = this.series.get(labels);
    if (!s) {
      s = { labels, count: 0, sum: 0, buckets: BUCKETS.map(() => 0) };
      this.series.set(labels, s);
    }
    s.count++;
    s.sum += seconds;
    BUCKETS.forEach((le, i) => {
      if (seconds <= le) s.buckets[i]!++;
    });
  }

  /** The Prometheus text exposition format, version 0.0.4. */
  render(): string {
    const all = [...this.series.values()].sort((a, b) => a.labels.localeCompare(b.labels));
    const lines = [
      '# HELP shuangsui_http_requests_total HTTP requests answered, by route pattern and status class.',
      '# TYPE shuangsui_http_requests_total counter',
      ...all.map((s) => `shuangsui_http_requests_total{${s.labels}} ${s.count}`),
      '# HELP shuangsui_http_request_duration_seconds Time to answer, by route pattern and status class.',
      '# TYPE shuangsui_http_request_duration_seconds histogram',
      ...all.flatMap((s) => [
        ...BUCKETS.map(
          (le, i) => `shuangsui_http_request_duration_seconds_bucket{${s.labels},le="${le}"} ${s.buckets[i]}`,
        ),
        `shuangsui_http_request_duration_seconds_bucket{${s.labels},le="+Inf"} ${s.count}`,
        `shuangsui_http_request_duration_seconds_sum{${s.labels}} ${s.sum}`,
        `shuangsui_http_request_duration_seconds_count{${s.labels}} ${s.count}`,
      ]),
      ...processLines(),
    ];
    return `${lines.join('\n')}\n`;
  }
}

function escape(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function processLines(): string[] {
  const mem = process.memoryUsage();
  return [
    '# HELP process_resident_memory_bytes Resident memory size in bytes.',
    '# TYPE process_resident_memory_bytes gauge',
    `process_resident_memory_bytes ${mem.rss}`,
    '# HELP nodejs_heap_used_bytes V8 heap in use in bytes.',
    '# TYPE nodejs_heap_used_bytes gauge',
    `nodejs_heap_used_bytes ${mem.heapUsed}`,
    '# HELP process_uptime_seconds Seconds since the process started.',
    '# TYPE process_uptime_seconds gauge',
    `process_uptime_seconds ${process.uptime()}`,
  ];
}

/**
 * Counts every answer by its route pattern (`/api/admin/draws/:id/compute`), never the raw URL: paths carry
 * ids and query strings carry what people typed. An unmatched URL is counted as `unmatched`.
 */
export function recordRequests(app: FastifyInstance, metrics: RequestMetrics): void {
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    metrics.observe(req.method, route, reply.statusCode, reply.elapsedTime / 1000);
  });
}
