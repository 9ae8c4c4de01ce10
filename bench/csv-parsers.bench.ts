// The two CSV parsers on the same file, records only (docs/BENCHMARKS.md, import): why papaparse.
// Usage: node --import tsx bench/csv-parsers.bench.ts [--rows 1000000]   (the file of import.bench.ts)
import { createReadStream, existsSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse';
import Papa from 'papaparse';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' } } });
const file = `bench/out/entities-${values.rows}.csv`;
if (!existsSync(file))
  throw new Error(`${file} is missing: run bench/import.bench.ts --rows ${values.rows} first`);

async function csvParse(): Promise<number> {
  let cells = 0;
  const parser = parse({ relax_column_count: true, relax_quotes: true });
  parser.on('data', (r: string[]) => (cells += r.length));
  await pipeline(createReadStream(file, { encoding: 'utf8' }), parser);
  return cells;
}

function papaparse(): Promise<number> {
  return new Promise((resolve, reject) => {
    let cells = 0;
    Papa.parse<string[]>(createReadStream(file, { encoding: 'utf8' }), {
      chunk: (r) => r.data.forEach((row) => (cells += row.length)),
      complete: () => resolve(cells),
      error: reject,
    });
  });
}

for (const [label, run] of [
  ['csv-parse', csvParse],
  ['papaparse (chunks)', papaparse],
] as const) {
  const start = performance.now();
  const cells = await run();
  process.stdout.write(
    `${label.padEnd(20)} ${cells} cells ${((performance.now() - start) / 1000).toFixed(2)} s\n`,
  );
}
