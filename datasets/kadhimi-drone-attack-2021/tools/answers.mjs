// Dev tool (not run by the test suite): checks story.trig against story.txt
// and computes the expected answers of questions.test with Oxigraph, a
// reference SPARQL engine, with the default graph as the union of all graphs.
//
//   mkdir -p /tmp/oxi && cd /tmp/oxi && npm init -y && npm install oxigraph
//   OXIGRAPH_DIR=/tmp/oxi node tools/answers.mjs            # check, exit 1 on any difference
//   OXIGRAPH_DIR=/tmp/oxi node tools/answers.mjs --write    # rewrite expected rows in place
//   OXIGRAPH_DIR=/tmp/oxi node tools/answers.mjs --markdown # questions and answers for README.md
//   OXIGRAPH_DIR=/tmp/oxi node tools/answers.mjs --vocabulary # vocabulary table for README.md
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.resolve(here, '..');
const mode = process.argv[2] ?? '--check';
if (!['--check', '--write', '--markdown', '--vocabulary'].includes(mode)) {
  console.error(`unknown option '${mode}'; use --check, --write, --markdown or --vocabulary`);
  process.exit(2);
}

const oxiDir = process.env.OXIGRAPH_DIR ?? '/tmp/oxi';
let oxigraph;
try {
  oxigraph = createRequire(path.join(oxiDir, 'package.json'))('oxigraph');
} catch (err) {
  console.error(`cannot load the npm package 'oxigraph' from ${oxiDir}: ${err.message}`);
  process.exit(2);
}

const STORY = 'https://spoke.example/kadhimi-drone-attack-2021/';
const ENTITY = STORY + 'entity/';
const SENTENCE = STORY + 'sentence/';
const VOCAB = 'https://spoke.example/vocab#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';

const store = new oxigraph.Store();
store.load(fs.readFileSync(path.join(dataDir, 'story.trig'), 'utf8'), {
  format: 'application/trig',
});

// Oxigraph's use_default_graph_as_union evaluates the default graph as a bag:
// a triple stated in three sentence graphs matches three times. SPARQL defines
// the default graph as the RDF merge (a set), which is what Spoke serves, so the
// answers come from a second store whose real default graph holds every triple
// once; the union option is still run on every question as a cross-check
// (same rows once duplicates are removed).
const merged = new oxigraph.Store();
for (const q of store.match()) {
  merged.add(q);
  merged.add(oxigraph.quad(q.subject, q.predicate, q.object, oxigraph.defaultGraph()));
}

function select(query, { union = false } = {}) {
  const json = union
    ? store.query(query, { use_default_graph_as_union: true,
      results_format: 'application/sparql-results+json' })
    : merged.query(query, { results_format: 'application/sparql-results+json' });
  return JSON.parse(json);
}

// ---------------------------------------------------------------- checks
const problems = [];

// Every sentence text is verbatim in story.txt, in position order, and the
// sentences cover the whole article except the footer's '____' rule.
{
  const story = fs.readFileSync(path.join(dataDir, 'story.txt'), 'utf8');
  const rows = select(`PREFIX spoke: <${VOCAB}>
    SELECT ?s ?n ?t WHERE { ?s spoke:position ?n ; spoke:text ?t } ORDER BY ?n`).results.bindings;
  let rest = story;
  rows.forEach((r, i) => {
    const n = Number(r.n.value);
    if (n !== i + 1) problems.push(`sentence positions are not 1..N: found ${n} at ${i + 1}`);
    if (r.s.value !== SENTENCE + n) problems.push(`sentence ${n} has IRI ${r.s.value}`);
    const at = rest.indexOf(r.t.value);
    if (at < 0) {
      problems.push(`sentence ${n} is not verbatim in story.txt (or out of order)`);
      return;
    }
    const gap = rest.slice(0, at).replace(/_{10,}/g, '');
    if (gap.trim() !== '') problems.push(`text before sentence ${n} has no sentence: '${gap.trim()}'`);
    rest = rest.slice(at + r.t.value.length);
  });
  if (rest.trim() !== '') problems.push(`text after the last sentence has no sentence: '${rest.trim()}'`);
  const count = select(`PREFIX spoke: <${VOCAB}>
    SELECT ?c WHERE { ?a spoke:sentenceCount ?c }`).results.bindings;
  if (count.length !== 1 || Number(count[0].c.value) !== rows.length) {
    problems.push(`spoke:sentenceCount does not match the ${rows.length} sentences`);
  }
}

// Every sentence has facts (a non-empty graph) or says why not, never both;
// every named graph is a described sentence or one of the special graphs.
{
  const graphs = new Set(store.match().map((q) => q.graph.value));
  const special = ['provenance', 'vocabulary', 'background'].map((g) => STORY + g);
  const described = select(`PREFIX spoke: <${VOCAB}>
    SELECT ?s ?why WHERE { ?s a spoke:Sentence OPTIONAL { ?s spoke:noFacts ?why } }`)
    .results.bindings;
  const sentences = new Set(described.map((r) => r.s.value));
  for (const r of described) {
    const has = graphs.has(r.s.value);
    if (has && r.why) problems.push(`${r.s.value} has facts and spoke:noFacts`);
    if (!has && !r.why) problems.push(`${r.s.value} has no facts and no spoke:noFacts`);
  }
  for (const g of graphs) {
    if (g === '' || (!sentences.has(g) && !special.includes(g))) {
      problems.push(`graph '${g}' is neither a sentence nor a special graph`);
    }
  }
}

// Every entity has an English label; every spoke: term is defined in the
// vocabulary graph with an English label and comment.
{
  const quads = store.match();
  const entities = new Set();
  const terms = new Set();
  for (const q of quads) {
    for (const t of [q.subject, q.predicate, q.object]) {
      if (t.termType !== 'NamedNode') continue;
      if (t.value.startsWith(ENTITY)) entities.add(t.value);
      if (t.value.startsWith(VOCAB)) terms.add(t.value);
    }
  }
  const hasLabel = (iri, lang) => quads.some((q) => q.subject.value === iri &&
      q.predicate.value === RDFS_LABEL && q.object.language === lang);
  for (const e of entities) if (!hasLabel(e, 'en')) problems.push(`entity ${e} has no @en label`);
  const defined = new Set(quads.filter((q) => q.graph.value === STORY + 'vocabulary')
    .map((q) => q.subject.value));
  for (const t of terms) if (!defined.has(t)) problems.push(`term ${t} is not in the vocabulary`);
  const usedOutside = new Set();
  for (const q of quads) {
    if (q.graph.value === STORY + 'vocabulary') continue;
    usedOutside.add(q.predicate.value);
    usedOutside.add(q.object.value);
  }
  for (const t of defined) {
    if (t.startsWith(VOCAB) && !usedOutside.has(t)) problems.push(`term ${t} is defined but never used`);
  }
  for (const t of defined) {
    if (!hasLabel(t, 'en')) problems.push(`term ${t} has no @en label`);
  }
}

// ---------------------------------------------------------------- questions
const testPath = path.join(dataDir, 'questions.test');
const lines = fs.readFileSync(testPath, 'utf8').split('\n');
const prefixes = [['xsd:', XSD],
  ['rdf:', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'],
  ['rdfs:', 'http://www.w3.org/2000/01/rdf-schema#']];
for (const l of lines) {
  const m = /^prefix\s+(\S*:)\s+<([^>]*)>\s*$/.exec(l);
  if (m) prefixes.push([m[1], m[2]]);
}

function escape(s) {
  return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r').replace(/\t/g, '\\t');
}
function iri(v) {
  for (const [p, ns] of prefixes) {
    const local = v.slice(ns.length);
    if (v.startsWith(ns) && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(local)) return p + local;
  }
  return `<${v}>`;
}
function term(b) {
  if (b === undefined) return '';
  if (b.type === 'uri') return iri(b.value);
  if (b.type === 'bnode') return `_:${b.value}`;
  const lang = b['xml:lang'];
  if (lang) return `"${escape(b.value)}"@${lang}`;
  const dt = b.datatype ?? XSD + 'string';
  if (dt === XSD + 'string') return `"${escape(b.value)}"`;
  if (dt === XSD + 'integer' && /^[+-]?\d+$/.test(b.value)) return b.value;
  if (dt === XSD + 'boolean' && /^(true|false)$/.test(b.value)) return b.value;
  return `"${escape(b.value)}"^^${iri(dt)}`;
}

const blocks = [];  // {question, header, start, end (rows), query, rows}
let question = [];
for (let i = 0; i < lines.length; i++) {
  const l = lines[i];
  if (l.startsWith('#')) { question.push(l.replace(/^#\s?/, '')); continue; }
  if (l.trim() === '') { question = []; continue; }
  if (!/^(query|ask)\b/.test(l)) continue;
  const header = l;
  const q = [];
  let j = i + 1;
  while (j < lines.length && lines[j] !== '----') q.push(lines[j++]);
  if (j >= lines.length) { console.error(`${testPath}:${i + 1}: block has no ----`); process.exit(2); }
  let k = j + 1;
  while (k < lines.length && lines[k].trim() !== '') k++;
  blocks.push({ line: i + 1, question: question.join(' '), header, query: q.join('\n'),
    start: j + 1, end: k, rows: lines.slice(j + 1, k) });
  question = [];
  i = k;
}

// Spoke accepts a strict subset of SPARQL (../shared/DESIGN.md, "The query
// language"); keep every question inside it.
const kAllowedCalls = new Set(['FILTER', 'OPTIONAL', 'BOUND', 'ISIRI', 'ISURI', 'ISBLANK',
  'ISLITERAL', 'ISNUMERIC', 'STR', 'LANG', 'DATATYPE', 'LANGMATCHES', 'SAMETERM', 'REGEX',
  'CONTAINS', 'STRSTARTS', 'STRENDS', 'STRLEN', 'UCASE', 'LCASE', 'IF', 'COALESCE', 'IN',
  'COUNT', 'SUM', 'MIN', 'MAX', 'AVG', 'SAMPLE', 'GROUP_CONCAT', 'ASC', 'DESC', 'AS', 'BY']);
function subsetProblems(query) {
  const bare = query.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/<[^>\s]*>/g, '<>')
    .replace(/#[^\n]*/g, '');
  const found = [];
  const banned = /\b(BIND|VALUES|MINUS|EXISTS|SERVICE|CONSTRUCT|DESCRIBE|LOAD|INSERT|DELETE)\b/i.exec(bare);
  if (banned) found.push(`uses ${banned[1].toUpperCase()}`);
  if ((bare.match(/\bSELECT\b/gi) ?? []).length > 1) found.push('has a subquery');
  if (/[\w>)]\s*(\/|\|(?!\|)|\^)\s*[\w<^(]/.test(bare.replace(/\|\|/g, ' OR '))) {
    found.push('uses a property path');
  }
  for (const m of bare.matchAll(/(?<![\w:?])([A-Za-z_]+)\s*\(/g)) {
    if (!kAllowedCalls.has(m[1].toUpperCase())) found.push(`calls ${m[1]}()`);
  }
  return found;
}

for (const b of blocks) {
  for (const p of subsetProblems(b.query)) {
    problems.push(`${testPath}:${b.line}: outside Spoke's SPARQL subset: ${p}`);
  }
  const res = select(b.query);
  if (b.header === 'ask') {
    b.actual = [String(res.boolean)];
    continue;
  }
  const words = b.header.split(/\s+/).slice(1);
  const ordered = words[0] === 'ordered';
  const cols = words.filter((w) => w.startsWith('?')).map((w) => w.slice(1));
  if (cols.join(' ') !== res.head.vars.join(' ')) {
    problems.push(`${testPath}:${b.line}: header columns ${cols.join(' ')} but the query projects ${res.head.vars.join(' ')}`);
  }
  if (!ordered && /ORDER\s+BY/i.test(b.query)) {
    problems.push(`${testPath}:${b.line}: query has ORDER BY but the block is not 'ordered'`);
  }
  const toRows = (r) => r.results.bindings.map((x) => r.head.vars.map((v) => term(x[v])).join('\t'));
  let rows = toRows(res);
  if (!ordered) rows = rows.sort();
  b.actual = rows;
  const viaUnion = [...new Set(toRows(select(b.query, { union: true })))].sort();
  if (viaUnion.join('\n') !== [...new Set(rows)].sort().join('\n')) {
    problems.push(`${testPath}:${b.line}: merged default graph and use_default_graph_as_union disagree beyond duplicates`);
  }
}

if (mode === '--write') {
  for (const b of [...blocks].reverse()) lines.splice(b.start, b.end - b.start, ...b.actual);
  fs.writeFileSync(testPath, lines.join('\n'));
  console.error(`wrote ${blocks.length} answers to ${testPath}`);
} else if (mode === '--vocabulary') {
  const short = (v) => [['schema:', 'https://schema.org/'],
    ['sem:', 'http://semanticweb.cs.vu.nl/2009/11/sem/'], ['prov:', 'http://www.w3.org/ns/prov#'],
    ['rdfs:', 'http://www.w3.org/2000/01/rdf-schema#'], ['spoke:', VOCAB], ['xsd:', XSD]]
    .reduce((acc, [p, ns]) => (acc.startsWith(ns) ? p + acc.slice(ns.length) : acc), v);
  const rows = select(`PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    PREFIX owl: <http://www.w3.org/2002/07/owl#>
    SELECT ?t ?k ?c ?rel ?x ?r WHERE {
      GRAPH <${STORY}vocabulary> {
        ?t a ?k ; rdfs:comment ?c .
        OPTIONAL { ?t ?rel ?x FILTER(?rel IN (rdfs:subClassOf, rdfs:subPropertyOf, owl:equivalentProperty)) }
        OPTIONAL { ?t rdfs:range ?r }
      }
    } ORDER BY DESC(?k) ?t ?x`).results.bindings;
  const byTerm = new Map();
  for (const r of rows) {
    const e = byTerm.get(r.t.value) ?? { ...r, align: [] };
    if (r.x) e.align.push((r.rel.value.endsWith('equivalentProperty') ? '≡ ' : '⊑ ') + short(r.x.value));
    byTerm.set(r.t.value, e);
  }
  console.log('| term | kind | meaning | alignment | range |\n|---|---|---|---|---|');
  for (const e of byTerm.values()) {
    const kind = e.k.value.endsWith('Class') ? 'class' : 'property';
    console.log(`| \`${short(e.t.value)}\` | ${kind} | ${e.c.value} | ${e.align.join(', ')} | ${e.r ? short(e.r.value) : ''} |`);
  }
} else if (mode === '--markdown') {
  blocks.forEach((b, i) => {
    console.log(`${i + 1}. **${b.question}**\n\n   \`\`\`sparql\n${b.query.split('\n').map((l) => '   ' + l).join('\n')}\n   \`\`\`\n`);
    const head = b.header === 'ask' ? [] : [b.header.split(/\s+/).filter((w) => w.startsWith('?')).join(' | ')];
    const body = b.actual.length ? b.actual.map((r) => r.replaceAll('\t', ' | ')) : ['(no rows)'];
    const shown = [...head, ...body].join('\n   ');
    console.log(`   Answer:\n\n   \`\`\`\n   ${shown}\n   \`\`\`\n`);
  });
} else {
  for (const b of blocks) {
    const want = b.header === 'ask' || b.header.split(/\s+/)[1] === 'ordered' ? b.rows : [...b.rows].sort();
    if (want.join('\n') !== b.actual.join('\n')) {
      problems.push(`${testPath}:${b.line}: expected\n  ${want.join('\n  ')}\ngot\n  ${b.actual.join('\n  ')}`);
    }
  }
}

for (const p of problems) console.error(p);
console.error(`${store.size} quads, ${blocks.length} questions, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
