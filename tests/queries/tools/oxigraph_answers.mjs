// Dev tool (not run by ctest): computes the expected parts of query-test
// files (tests/queries/**/*.test, format in ../README.md) with Oxigraph, a
// reference SPARQL engine, so that expected answers are never written by hand.
//
//   mkdir -p /tmp/oxi-f && cd /tmp/oxi-f && npm init -y && npm install oxigraph
//   OXIGRAPH_DIR=/tmp/oxi-f node tests/queries/tools/oxigraph_answers.mjs FILE.test...
//       checks: prints each block whose expected part differs, exits 1 if any
//   ... oxigraph_answers.mjs --write FILE.test...   rewrites them in place
//
// What it does, per file, like the C++ runner: `dataset NAME` loads
// datasets/NAME/*.{nt,nq,ttl,trig} or tests/queries/data/NAME.{nt,nq,ttl,trig}
// into a fresh store; `statement ok` blocks run as SPARQL updates; `prefix`
// lines are prepended to each query as PREFIX declarations; `query` and `ask`
// blocks are answered and their expected rows written in the test syntax
// (IRIs shortened with the file's prefixes and rdf:/rdfs:/xsd:, bare
// numbers and booleans where Turtle allows, rows sorted unless `ordered`).
// `error` blocks are left alone (their text is Spoke's message); the tool
// only warns when Oxigraph accepts such a query, since Spoke rejects some
// valid SPARQL outside its subset.
//
// The default graph: Spoke's is the union of all graphs as a SET (the RDF
// merge). Oxigraph's use_default_graph_as_union evaluates it as a bag (a
// triple in three graphs matches three times), so instead every quad is also
// copied into Oxigraph's real default graph. With `option
// strict-default-graph` the plain default graph is used. Plain triple files
// (.nt, .ttl) load into Oxigraph's default graph; Spoke puts them in a graph
// named after the dataset, so tests over such data must not depend on graph
// names (use .trig data for GRAPH / FROM tests).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const args = process.argv.slice(2);
const write = args[0] === '--write';
const files = write ? args.slice(1) : args;
if (files.length === 0) {
  console.error('usage: oxigraph_answers.mjs [--write] FILE.test...');
  process.exit(2);
}
const oxiDir = process.env.OXIGRAPH_DIR ?? '/tmp/oxi-f';
let ox;
try {
  ox = createRequire(path.join(oxiDir, 'package.json'))('oxigraph');
} catch (err) {
  console.error(`cannot load the npm package 'oxigraph' from ${oxiDir}: ${err.message}`);
  process.exit(2);
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const STANDARD = [
  ['rdf', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'],
  ['rdfs', 'http://www.w3.org/2000/01/rdf-schema#'],
  ['xsd', XSD],
];
const FORMATS = { '.nt': 'application/n-triples', '.nq': 'application/n-quads',
  '.ttl': 'text/turtle', '.trig': 'application/trig' };

// ---- terms in the test syntax (mirrors engine/results/term_format.cc) ----
function hex2(c) { return c.toString(16).toUpperCase().padStart(2, '0'); }
function escapeString(s) {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20 || c === 0x7f) out += '\\u00' + hex2(c);
    else out += ch;
  }
  return out;
}
function escapeIri(s) {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (c <= 0x20 || '<>"{}|^`\\'.includes(ch)) out += '\\u00' + hex2(c);
    else out += ch;
  }
  return out;
}
const PN_CHARS_BASE = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D' +
  '\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF' +
  '\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const PN_CHARS = PN_CHARS_BASE + '_\\-0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040';
const LOCAL = new RegExp(`^(?:(?:[${PN_CHARS_BASE}_:0-9]|%[0-9A-Fa-f]{2})` +
  `(?:(?:[${PN_CHARS}.:]|%[0-9A-Fa-f]{2})*(?:[${PN_CHARS}:]|%[0-9A-Fa-f]{2}))?)?$`, 'u');
function formatIri(iri, prefixes) {
  let best = null;
  for (const [p, ns] of prefixes) {
    if (iri.startsWith(ns) && LOCAL.test(iri.slice(ns.length)) &&
        (best === null || ns.length > best[1].length)) best = [p, ns];
  }
  return best ? `${best[0]}:${iri.slice(best[1].length)}` : `<${escapeIri(iri)}>`;
}
function bare(lex, dt) {
  if (dt === XSD + 'integer') return /^[+-]?[0-9]+$/.test(lex);
  if (dt === XSD + 'decimal') return /^[+-]?[0-9]*\.[0-9]+$/.test(lex);
  if (dt === XSD + 'double') {
    return /^[+-]?([0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][+-]?[0-9]+$/.test(lex);
  }
  if (dt === XSD + 'boolean') return lex === 'true' || lex === 'false';
  return false;
}
function formatTerm(t, prefixes) {
  if (!t) return '';
  if (t.type === 'uri') return formatIri(t.value, prefixes);
  if (t.type === 'bnode') return '_:' + t.value;
  if (t['xml:lang']) return `"${escapeString(t.value)}"@${t['xml:lang'].toLowerCase()}`;
  const dt = t.datatype;
  if (!dt || dt === XSD + 'string') return `"${escapeString(t.value)}"`;
  if (bare(t.value, dt)) return t.value;
  return `"${escapeString(t.value)}"^^${formatIri(dt, prefixes)}`;
}
function formatRow(vars, binding, prefixes) {
  const fields = vars.map((v) => formatTerm(binding[v], prefixes));
  if (fields.length > 0 && fields.every((f) => f === '')) fields[0] = 'UNDEF';
  return fields.join('\t');
}
function byteCompare(a, b) { return Buffer.compare(Buffer.from(a), Buffer.from(b)); }

// ---- the .test format (mirrors tests/queries/test_file.cc) ----
function parseFile(text) {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  for (let k = 0; k < lines.length; ++k) lines[k] = lines[k].replace(/\r$/, '');
  const items = [];
  let i = 0;
  const blank = (l) => /^[ \t]*$/.test(l);
  while (i < lines.length) {
    const line = lines[i];
    const words = line.trim().split(/[ \t]+/);
    if (blank(line) || line.trim().startsWith('#')) { ++i; continue; }
    if (['prefix', 'dataset', 'option'].includes(words[0])) {
      items.push({ directive: words[0], words, line: i }); ++i; continue;
    }
    const block = { kind: words[0], header: i, words, query: '', expBegin: -1, expEnd: -1 };
    if (block.kind === 'statement') block.kind = 'statement ' + words[1];
    ++i;
    let sep = false;
    while (i < lines.length) {
      if (lines[i] === '----') { sep = true; ++i; break; }
      if (block.kind === 'statement ok' && blank(lines[i])) break;
      block.query += lines[i] + '\n'; ++i;
    }
    if (sep) {
      block.expBegin = i;
      while (i < lines.length && /[^ ]/.test(lines[i])) ++i;
      block.expEnd = i;
    }
    items.push(block);
  }
  return { lines, items };
}

function findDataset(name) {
  const out = [];
  const dir = path.join(root, 'datasets', name);
  if (fs.existsSync(dir) && fs.statSync(dir).isDirectory()) {
    for (const f of fs.readdirSync(dir)) {
      if (FORMATS[path.extname(f)]) out.push(path.join(dir, f));
    }
  }
  for (const ext of Object.keys(FORMATS)) {
    const p = path.join(root, 'tests/queries/data', name + ext);
    if (fs.existsSync(p)) out.push(p);
  }
  if (out.length === 0) throw new Error(`dataset '${name}' has no RDF files`);
  return out.sort();
}

function processFile(file) {
  const { lines, items } = parseFile(fs.readFileSync(file, 'utf8'));
  const declared = [];
  let store = new ox.Store();
  let strict = false;
  const changes = [];
  let failures = 0;
  const queryStore = () => {
    if (strict) return store;
    const merged = new ox.Store();
    for (const q of store.match()) {
      merged.add(q);
      merged.add(ox.quad(q.subject, q.predicate, q.object, ox.defaultGraph()));
    }
    return merged;
  };
  const withPrefixes = (q) =>
    declared.map(([p, ns]) => `PREFIX ${p}: <${ns}>\n`).join('') + q;
  for (const item of items) {
    if (item.directive === 'prefix') {
      const p = item.words[1].slice(0, -1);
      const idx = declared.findIndex(([q]) => q === p);
      if (idx >= 0) declared.splice(idx, 1);
      declared.push([p, item.words[2].slice(1, -1)]);
      continue;
    }
    if (item.directive === 'dataset') {
      store = new ox.Store();
      for (const f of findDataset(item.words[1])) {
        store.load(fs.readFileSync(f, 'utf8'), { format: FORMATS[path.extname(f)] });
      }
      continue;
    }
    if (item.directive === 'option') { strict = item.words[1] === 'strict-default-graph'; continue; }
    const where = `${path.relative(root, file)}:${item.header + 1}`;
    const prefixes = [...STANDARD, ...declared.filter(([p]) => !STANDARD.some(([s]) => s === p)),
      ...declared.filter(([p]) => STANDARD.some(([s]) => s === p))];
    // Later declarations win, as in PrefixMap::Add.
    const pmap = new Map(prefixes);
    const plist = [...pmap.entries()];
    if (item.kind === 'statement ok' || item.kind === 'statement error') {
      try {
        store.update(withPrefixes(item.query));
        if (item.kind === 'statement error') console.warn(`${where}: note: Oxigraph accepts this update`);
      } catch (err) {
        if (item.kind === 'statement ok') { console.error(`${where}: update failed: ${err.message}`); ++failures; }
      }
      continue;
    }
    let result;
    try {
      result = queryStore().query(withPrefixes(item.query), {
        results_format: 'application/sparql-results+json' });
    } catch (err) {
      if (item.kind !== 'error') { console.error(`${where}: query failed: ${err.message}`); ++failures; }
      continue;
    }
    if (item.kind === 'error') { console.warn(`${where}: note: Oxigraph accepts this query`); continue; }
    const json = JSON.parse(result);
    let expected;
    if (item.kind === 'ask') {
      expected = [String(json.boolean)];
    } else {
      const ordered = item.words[1] === 'ordered';
      const want = item.words.slice(ordered ? 2 : 1).map((w) => w.slice(1));
      // SELECT *'s column order is implementation-defined (Spoke: order of
      // first appearance), so only the set of columns is checked for it.
      const got = json.head.vars;
      const star = /SELECT\s+(DISTINCT\s+|REDUCED\s+)?\*/i.test(item.query);
      const vars = star && [...want].sort().join(' ') === [...got].sort().join(' ') ? want : got;
      if (want.join(' ') !== vars.join(' ')) {
        console.error(`${where}: header says ${want.map((v) => '?' + v).join(' ')}, Oxigraph gives ${got.map((v) => '?' + v).join(' ')}`);
        ++failures;
        continue;
      }
      // Oxigraph's blank node labels are random: rows are sorted with blank
      // nodes masked, then blank nodes are renamed b0, b1, ... in order of
      // appearance, so the output is stable from run to run.
      const rows = json.results.bindings;
      const masked = (b) => formatRow(vars, Object.fromEntries(Object.entries(b).map(
        ([k, t]) => [k, t.type === 'bnode' ? { type: 'bnode', value: '' } : t])), plist);
      if (!ordered) rows.sort((x, y) => byteCompare(masked(x), masked(y)));
      const names = new Map();
      for (const b of rows) {
        for (const v of vars) {
          const t = b[v];
          if (t && t.type === 'bnode') {
            if (!names.has(t.value)) names.set(t.value, 'b' + names.size);
            b[v] = { type: 'bnode', value: names.get(t.value) };
          }
        }
      }
      expected = rows.map((b) => formatRow(vars, b, plist));
    }
    const current = lines.slice(item.expBegin, item.expEnd).filter((l) => !l.trim().startsWith('#'));
    if (current.join('\n') !== expected.join('\n')) {
      changes.push({ begin: item.expBegin, end: item.expEnd, expected });
      if (!write) {
        console.error(`${where}: expected part differs; Oxigraph says:\n  ${expected.join('\n  ')}`);
        ++failures;
      }
    }
  }
  if (write && changes.length > 0) {
    for (const c of changes.reverse()) lines.splice(c.begin, c.end - c.begin, ...c.expected);
    fs.writeFileSync(file, lines.join('\n') + '\n');
    console.log(`${path.relative(root, file)}: rewrote ${changes.length} block(s)`);
  }
  return failures;
}

let failures = 0;
for (const f of files) failures += processFile(path.resolve(f));
process.exit(failures > 0 ? 1 : 0);
