// One autocannon run in its own process (the server under test keeps its own CPU), printed as JSON.
// Usage: node bench/lib/load-run.mjs URL CONNECTIONS SECONDS
import autocannon from 'autocannon';

const [url, connections, seconds] = process.argv.slice(2);
const result = await autocannon({ url, connections: Number(connections), duration: Number(seconds) });
process.stdout.write(
  JSON.stringify({
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  }),
);
