// Oxigraph side of Spoke's benchmark: in one Node process, loads an N-Quads
// file into an Oxigraph store, then times every query of a directory of
// .rq files, and prints one JSON object on stdout.
//
//   node bench.mjs --data news-1m.nq --queries ../queries [--repeat 20]
//
// Semantics match `spoke query`: the default graph is the union of all
// graphs (use_default_graph_as_union). Each query runs once as a warm-up
// (which also counts its rows), then --repeat times; min/median/p90/max are
// computed as Spoke's `--repeat` does (median of an even count = mean of the
// middle two; p90 = nearest rank). Every timed run parses, plans, executes
// and materialises the whole result, as `spoke query --repeat` does.
//
// Limits, stated in the output ("store" field): the npm package is Oxigraph
// compiled to WebAssembly and offers only its in-memory store (no RocksDB,
// no on-disk bulk loader), so the load is `Store.load(…, {no_transaction:
// true})` into memory, there is no reopen, and "first_query_ms" is the first
// query after the load, not open + query. Memory is capped by wasm32 (4 GiB).
//
// Exit status: 0 with results; 1 if loading or a query fails (the JSON then
// has an "error" field); 2 on a usage error.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

function usage(msg) {
  process.stderr.write(`bench.mjs: ${msg}\n` +
    'usage: node bench.mjs --data FILE.nq --queries DIR [--repeat N] [--only NAME,...]\n');
  process.exit(2);
}

const args = { repeat: 20, only: null };
for (let i = 2; i < process.argv.length; ++i) {
  const a = process.argv[i];
  const v = () => (i + 1 < process.argv.length ? process.argv[++i] : usage(`missing value for ${a}`));
  if (a === '--data') args.data = v();
  else if (a === '--queries') args.queries = v();
  else if (a === '--repeat') args.repeat = Number(v());
  else if (a === '--only') args.only = v().split(',');
  else usage(`unknown argument '${a}'`);
}
if (!args.data || !args.queries) usage('--data and --queries are required');
if (!Number.isInteger(args.repeat) || args.repeat < 1) usage('--repeat must be a positive integer');

let oxigraph;
try {
  oxigraph = require('oxigraph');
} catch (err) {
  usage(`cannot load the npm package 'oxigraph' (run npm ci in ${here}): ${err.message}`);
}
const version = JSON.parse(
  fs.readFileSync(path.join(path.dirname(require.resolve('oxigraph')), 'package.json'), 'utf8'),
).version;

const out = {
  system: 'oxigraph',
  version,
  node: process.version,
  store: 'in-memory (npm package is WebAssembly: no on-disk store)',
  data: path.resolve(args.data),
};

function fail(stage, err) {
  const msg = err && err.message ? err.message : String(err);
  out.error = `${stage}: ${msg}`;
  // Oxigraph panics inside WebAssembly surface as this bare trap message.
  if (/unreachable/.test(msg)) out.error += ' (WebAssembly trap; wasm32 memory is capped at 4 GiB)';
  out.peak_rss_kb = process.resourceUsage().maxRSS;
  process.stdout.write(JSON.stringify(out) + '\n');
  process.exit(1);
}

const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

// Streams the file in 8 MiB chunks; the parser accepts chunks cut anywhere.
function* chunks(file) {
  const fd = fs.openSync(file, 'r');
  try {
    for (;;) {
      const buf = Buffer.allocUnsafe(8 << 20);
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) return;
      yield new Uint8Array(buf.buffer, buf.byteOffset, n);
    }
  } finally {
    fs.closeSync(fd);
  }
}

// Query files, in name order.
let queryFiles;
try {
  queryFiles = fs.readdirSync(args.queries).filter((f) => f.endsWith('.rq')).sort()
    .filter((f) => !args.only || args.only.includes(path.basename(f, '.rq')));
} catch (err) {
  usage(`cannot read query directory: ${err.message}`);
}
if (queryFiles.length === 0) usage(`no .rq files in ${args.queries}`);

const store = new oxigraph.Store();
const loadStart = nowMs();
try {
  store.load(chunks(args.data), { format: 'application/n-quads', no_transaction: true });
} catch (err) {
  fail('load', err);
}
const loadMs = nowMs() - loadStart;
out.quads = store.size;
out.load_seconds = +(loadMs / 1000).toFixed(3);
out.load_quads_per_s = Math.round(store.size / (loadMs / 1000));

function run(text) {
  const result = store.query(text, { use_default_graph_as_union: true });
  if (typeof result === 'boolean') return 1;
  return result.length;
}

function stats(ms) {
  const s = [...ms].sort((a, b) => a - b);
  const n = s.length;
  const median = n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  const p90 = s[Math.max(0, Math.ceil(0.9 * n) - 1)];
  const r = (x) => +x.toFixed(3);
  return { runs: n, min_ms: r(s[0]), median_ms: r(median), p90_ms: r(p90), max_ms: r(s[n - 1]) };
}

out.queries = [];
for (const [i, file] of queryFiles.entries()) {
  const name = path.basename(file, '.rq');
  const text = fs.readFileSync(path.join(args.queries, file), 'utf8');
  let rows;
  try {
    const t = nowMs();
    rows = run(text);
    if (i === 0) {
      out.first_query = name;
      out.first_query_ms = +(nowMs() - t).toFixed(3);
    }
    const times = [];
    for (let k = 0; k < args.repeat; ++k) {
      const start = nowMs();
      const n = run(text);
      times.push(nowMs() - start);
      if (n !== rows) throw new Error(`row count changed from ${rows} to ${n}`);
    }
    out.queries.push({ name, rows, ...stats(times) });
  } catch (err) {
    fail(`query ${name}`, err);
  }
}
out.peak_rss_kb = process.resourceUsage().maxRSS;
process.stdout.write(JSON.stringify(out) + '\n');
