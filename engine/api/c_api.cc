// The C API (include/spoke/spoke_c.h) over the C++ API. No exception
// crosses this boundary: every entry point that allocates catches
// std::bad_alloc and reports SPOKE_EINTERNAL.

#include "spoke/spoke_c.h"

#include <atomic>
#include <charconv>
#include <cmath>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <vector>

#include "spoke/spoke.h"

struct spoke_db {
  std::unique_ptr<spoke::Database> db;
};

struct spoke_stmt {
  spoke_db* db = nullptr;
  // Declared before cursor: the cursor reads it until it is destroyed.
  std::atomic<bool> cancel{false};
  std::optional<spoke::PreparedQuery> query;
  std::optional<spoke::Cursor> cursor;
  bool on_row = false;     // spoke_step returned SPOKE_ROW last
  bool first_step = true;  // the cursor is on its first row, not yet stepped
  std::string scratch;  // spoke_column_ntriples
};

struct spoke_batch {
  spoke::WriteBatch batch;
};

namespace {

struct ThreadError {
  int code = SPOKE_OK;
  std::string message;
  uint32_t line = 0;
  uint32_t column = 0;
};

ThreadError& LastError() {
  thread_local ThreadError error;
  return error;
}

int Fail(const spoke::Status& s) {
  ThreadError& e = LastError();
  e.code = static_cast<int>(s.code());
  e.message = s.message();
  auto span = s.span();
  e.line = span ? span->line : 0;
  e.column = span ? span->column : 0;
  return e.code;
}

int Fail(int code, const char* message) {
  ThreadError& e = LastError();
  e.code = code;
  e.message = message;
  e.line = e.column = 0;
  return code;
}

int OutOfMemory() { return Fail(SPOKE_EINTERNAL, "out of memory"); }

bool Empty(const char* s) { return s == nullptr || *s == '\0'; }

int Bind(spoke_stmt* stmt, const char* name, spoke::Term value) {
  if (stmt == nullptr || Empty(name)) {
    return Fail(SPOKE_EINVALID, "parameter name is missing");
  }
  spoke::Status s = stmt->query->Bind(name, std::move(value));
  return s.ok() ? SPOKE_OK : Fail(s);
}

// The current row's term at column i, or nullptr.
const spoke::Term* Value(spoke_stmt* stmt, int i) {
  if (stmt == nullptr || !stmt->on_row || i < 0) return nullptr;
  const std::vector<spoke::Term>& row = stmt->cursor->row();
  if (static_cast<size_t>(i) >= row.size()) return nullptr;
  return &row[static_cast<size_t>(i)];
}

std::optional<spoke::Term> ToTerm(const spoke_term* t, bool allow_none) {
  if (t == nullptr) {
    if (allow_none) return spoke::Term();
    return std::nullopt;
  }
  switch (t->kind) {
    case SPOKE_TERM_NONE:
      if (allow_none) return spoke::Term();
      return std::nullopt;
    case SPOKE_TERM_IRI:
      if (Empty(t->value)) return std::nullopt;
      return spoke::Term::Iri(t->value);
    case SPOKE_TERM_BLANK:
      if (Empty(t->value)) return std::nullopt;
      return spoke::Term::Blank(t->value);
    case SPOKE_TERM_LITERAL:
      if (t->value == nullptr) return std::nullopt;
      if (!Empty(t->lang)) return spoke::Term::LangLiteral(t->value, t->lang);
      if (!Empty(t->datatype)) {
        return spoke::Term::TypedLiteral(t->value, t->datatype);
      }
      return spoke::Term::Literal(t->value);
    default:
      return std::nullopt;
  }
}

int AddToBatch(spoke_batch* batch, bool insert, const spoke_term* s,
               const spoke_term* p, const spoke_term* o, const spoke_term* g) {
  if (batch == nullptr) return Fail(SPOKE_EINVALID, "batch is null");
  auto st = ToTerm(s, false), pt = ToTerm(p, false), ot = ToTerm(o, false),
       gt = ToTerm(g, true);
  if (!st || !pt || !ot || !gt) return Fail(SPOKE_EINVALID, "malformed term");
  if (!st->is_iri() && !st->is_blank()) {
    return Fail(SPOKE_EINVALID, "subject must be an IRI or a blank node");
  }
  if (!pt->is_iri()) return Fail(SPOKE_EINVALID, "predicate must be an IRI");
  if (!gt->is_none() && !gt->is_iri()) {
    return Fail(SPOKE_EINVALID, "graph must be an IRI");
  }
  spoke::Quad q{std::move(*st), std::move(*pt), std::move(*ot), std::move(*gt)};
  if (insert) {
    batch->batch.Insert(std::move(q));
  } else {
    batch->batch.Delete(std::move(q));
  }
  return SPOKE_OK;
}

bool ToLoadOptions(const spoke_load_options* in, bool need_format,
                   spoke::LoadOptions* out) {
  if (in == nullptr) return !need_format;
  if (!Empty(in->dataset)) out->dataset = in->dataset;
  out->replace = in->replace != 0;
  if (!Empty(in->graph_iri)) out->graph_iri = in->graph_iri;
  if (!Empty(in->base_iri)) out->base_iri = in->base_iri;
  switch (in->format) {
    case SPOKE_FORMAT_AUTO:
      if (need_format) return false;
      break;
    case SPOKE_FORMAT_NTRIPLES:
      out->has_format = true;
      out->format = spoke::RdfFormat::kNTriples;
      break;
    case SPOKE_FORMAT_NQUADS:
      out->has_format = true;
      out->format = spoke::RdfFormat::kNQuads;
      break;
    case SPOKE_FORMAT_TURTLE:
      out->has_format = true;
      out->format = spoke::RdfFormat::kTurtle;
      break;
    case SPOKE_FORMAT_TRIG:
      out->has_format = true;
      out->format = spoke::RdfFormat::kTriG;
      break;
    default:
      return false;
  }
  if (in->progress != nullptr) {
    auto fn = in->progress;
    void* user = in->progress_user;
    out->on_progress = [fn, user](const spoke::LoadProgress& p) {
      fn(user, p.bytes_done, p.bytes_total, p.quads);
    };
  }
  return true;
}

void FillLoadResult(const spoke::LoadSummary& s, spoke_load_result* out) {
  if (out == nullptr) return;
  out->quads_read = s.quads_read;
  out->quads_new = s.quads_new;
  out->duplicates = s.duplicates;
  out->seconds = s.seconds;
}

}  // namespace

extern "C" {

const char* spoke_errmsg(void) { return LastError().message.c_str(); }
int spoke_errcode(void) { return LastError().code; }
uint32_t spoke_errline(void) { return LastError().line; }
uint32_t spoke_errcolumn(void) { return LastError().column; }

const char* spoke_code_name(int code) {
  switch (code) {
    case SPOKE_ROW:
      return "row";
    case SPOKE_DONE:
      return "done";
    default:
      break;
  }
  if (code < SPOKE_OK || code > SPOKE_EINTERNAL) return "unknown code";
  return spoke::Status::CodeName(static_cast<spoke::Status::Code>(code));
}

const char* spoke_version(void) { return spoke::Database::Version(); }

void spoke_open_options_init(spoke_open_options* options) {
  if (options == nullptr) return;
  spoke::Options defaults;
  options->create_if_missing = defaults.create_if_missing ? 1 : 0;
  options->read_only = defaults.read_only ? 1 : 0;
  options->sync_writes = defaults.sync_writes ? 1 : 0;
  options->cache_bytes = defaults.cache_bytes;
}

int spoke_open(const char* path, const spoke_open_options* options,
               spoke_db** db) {
  if (db == nullptr) return Fail(SPOKE_EINVALID, "db out-parameter is null");
  *db = nullptr;
  if (Empty(path)) return Fail(SPOKE_EINVALID, "path is empty");
  try {
    spoke::Options o;
    if (options != nullptr) {
      o.create_if_missing = options->create_if_missing != 0;
      o.read_only = options->read_only != 0;
      o.sync_writes = options->sync_writes != 0;
      o.cache_bytes = options->cache_bytes;
    }
    auto opened = spoke::Database::Open(o, path);
    if (!opened.ok()) return Fail(opened.status());
    *db = new spoke_db{std::move(*opened)};
    return SPOKE_OK;
  } catch (const std::bad_alloc&) {
    return OutOfMemory();
  }
}

void spoke_close(spoke_db* db) { delete db; }

int spoke_prepare(spoke_db* db, const char* text, spoke_stmt** stmt) {
  if (stmt == nullptr) return Fail(SPOKE_EINVALID, "stmt out-parameter is null");
  *stmt = nullptr;
  if (db == nullptr) return Fail(SPOKE_EINVALID, "db is null");
  if (text == nullptr) return Fail(SPOKE_EINVALID, "query text is null");
  try {
    auto prepared = db->db->Prepare(text);
    if (!prepared.ok()) return Fail(prepared.status());
    auto* s = new spoke_stmt;
    s->db = db;
    s->query.emplace(std::move(*prepared));
    *stmt = s;
    return SPOKE_OK;
  } catch (const std::bad_alloc&) {
    return OutOfMemory();
  }
}

void spoke_finalize(spoke_stmt* stmt) { delete stmt; }

int spoke_bind_iri(spoke_stmt* stmt, const char* name, const char* iri) {
  if (Empty(iri)) return Fail(SPOKE_EINVALID, "IRI is empty");
  return Bind(stmt, name, spoke::Term::Iri(iri));
}

int spoke_bind_literal(spoke_stmt* stmt, const char* name,
                       const char* lexical, const char* lang,
                       const char* datatype) {
  if (lexical == nullptr) return Fail(SPOKE_EINVALID, "lexical form is null");
  if (!Empty(lang)) {
    return Bind(stmt, name, spoke::Term::LangLiteral(lexical, lang));
  }
  if (!Empty(datatype)) {
    return Bind(stmt, name, spoke::Term::TypedLiteral(lexical, datatype));
  }
  return Bind(stmt, name, spoke::Term::Literal(lexical));
}

int spoke_bind_int64(spoke_stmt* stmt, const char* name, int64_t value) {
  return Bind(stmt, name,
              spoke::Term::TypedLiteral(std::to_string(value),
                                        spoke::kXsdInteger));
}

int spoke_bind_double(spoke_stmt* stmt, const char* name, double value) {
  std::string lexical;
  if (std::isnan(value)) {
    lexical = "NaN";
  } else if (std::isinf(value)) {
    lexical = value > 0 ? "INF" : "-INF";
  } else {
    // The shortest form that reads back as the same double.
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, value);
    lexical.assign(buf, r.ptr);
  }
  return Bind(stmt, name, spoke::Term::TypedLiteral(lexical, spoke::kXsdDouble));
}

int spoke_bind_bool(spoke_stmt* stmt, const char* name, int value) {
  return Bind(stmt, name,
              spoke::Term::TypedLiteral(value ? "true" : "false",
                                        spoke::kXsdBoolean));
}

void spoke_clear_bindings(spoke_stmt* stmt) {
  if (stmt != nullptr) stmt->query->ClearBindings();
}

int spoke_execute(spoke_stmt* stmt, uint32_t timeout_ms) {
  if (stmt == nullptr) return Fail(SPOKE_EINVALID, "stmt is null");
  stmt->cursor.reset();
  stmt->on_row = false;
  stmt->first_step = true;
  stmt->cancel.store(false);
  try {
    spoke::ExecuteOptions eo;
    eo.timeout_ms = timeout_ms;
    eo.cancel = &stmt->cancel;
    auto cursor = stmt->query->Execute(eo);
    if (!cursor.ok()) return Fail(cursor.status());
    spoke::Status s = cursor->status();
    if (!s.ok()) return Fail(s);
    stmt->cursor.emplace(std::move(*cursor));
    return SPOKE_OK;
  } catch (const std::bad_alloc&) {
    return OutOfMemory();
  }
}

void spoke_cancel(spoke_stmt* stmt) {
  if (stmt != nullptr) stmt->cancel.store(true);
}

int spoke_step(spoke_stmt* stmt) {
  if (stmt == nullptr || !stmt->cursor) {
    return Fail(SPOKE_EINVALID, "statement is not executed");
  }
  spoke::Cursor& cur = *stmt->cursor;
  try {
    if (stmt->first_step) {
      stmt->first_step = false;
    } else if (cur.Valid()) {
      cur.Next();
    }
    stmt->on_row = cur.Valid();
    if (stmt->on_row) return SPOKE_ROW;
    spoke::Status s = cur.status();
    return s.ok() ? SPOKE_DONE : Fail(s);
  } catch (const std::bad_alloc&) {
    stmt->on_row = false;
    return OutOfMemory();
  }
}

int spoke_stmt_kind(spoke_stmt* stmt) {
  if (stmt == nullptr || !stmt->cursor) return -1;
  return static_cast<int>(stmt->cursor->kind());
}

int spoke_column_count(spoke_stmt* stmt) {
  if (stmt == nullptr) return 0;
  if (stmt->cursor) return static_cast<int>(stmt->cursor->columns().size());
  return static_cast<int>(stmt->query->columns().size());
}

const char* spoke_column_name(spoke_stmt* stmt, int i) {
  if (stmt == nullptr || !stmt->cursor || i < 0) return nullptr;
  const auto& cols = stmt->cursor->columns();
  if (static_cast<size_t>(i) >= cols.size()) return nullptr;
  return cols[static_cast<size_t>(i)].c_str();
}

int spoke_column_index(spoke_stmt* stmt, const char* name) {
  if (stmt == nullptr || !stmt->cursor || name == nullptr) return -1;
  return stmt->cursor->ColumnIndex(name);
}

int spoke_column_kind(spoke_stmt* stmt, int i) {
  const spoke::Term* t = Value(stmt, i);
  return t ? static_cast<int>(t->kind()) : SPOKE_TERM_NONE;
}

const char* spoke_column_string(spoke_stmt* stmt, int i) {
  const spoke::Term* t = Value(stmt, i);
  return t ? t->value().c_str() : "";
}

const char* spoke_column_lang(spoke_stmt* stmt, int i) {
  const spoke::Term* t = Value(stmt, i);
  return t ? t->language().c_str() : "";
}

const char* spoke_column_datatype(spoke_stmt* stmt, int i) {
  const spoke::Term* t = Value(stmt, i);
  if (t == nullptr || !t->is_literal()) return "";
  try {
    stmt->scratch.assign(t->datatype());
  } catch (const std::bad_alloc&) {
    return "";
  }
  return stmt->scratch.c_str();
}

const char* spoke_column_ntriples(spoke_stmt* stmt, int i) {
  const spoke::Term* t = Value(stmt, i);
  if (t == nullptr || t->is_none()) return "";
  try {
    stmt->scratch = t->ToNTriples();
  } catch (const std::bad_alloc&) {
    return "";
  }
  return stmt->scratch.c_str();
}

int spoke_column_int64(spoke_stmt* stmt, int i, int64_t* out) {
  const spoke::Term* t = Value(stmt, i);
  std::optional<int64_t> v = t ? t->AsInteger() : std::nullopt;
  if (!v || out == nullptr) return Fail(SPOKE_EINVALID, "not an integer");
  *out = *v;
  return SPOKE_OK;
}

int spoke_column_double(spoke_stmt* stmt, int i, double* out) {
  const spoke::Term* t = Value(stmt, i);
  std::optional<double> v = t ? t->AsDouble() : std::nullopt;
  if (!v || out == nullptr) return Fail(SPOKE_EINVALID, "not a number");
  *out = *v;
  return SPOKE_OK;
}

int spoke_column_bool(spoke_stmt* stmt, int i, int* out) {
  const spoke::Term* t = Value(stmt, i);
  std::optional<bool> v = t ? t->AsBoolean() : std::nullopt;
  if (!v || out == nullptr) return Fail(SPOKE_EINVALID, "not a boolean");
  *out = *v ? 1 : 0;
  return SPOKE_OK;
}

int spoke_ask_result(spoke_stmt* stmt, int* out) {
  if (stmt == nullptr || !stmt->cursor || out == nullptr ||
      stmt->cursor->kind() != spoke::Cursor::Kind::kBoolean) {
    return Fail(SPOKE_EINVALID, "not an executed ASK");
  }
  *out = stmt->cursor->boolean() ? 1 : 0;
  return SPOKE_OK;
}

int spoke_update_counts(spoke_stmt* stmt, uint64_t* inserted,
                        uint64_t* deleted) {
  if (stmt == nullptr || !stmt->cursor ||
      stmt->cursor->kind() != spoke::Cursor::Kind::kUpdate) {
    return Fail(SPOKE_EINVALID, "not an executed update");
  }
  if (inserted != nullptr) *inserted = stmt->cursor->inserted();
  if (deleted != nullptr) *deleted = stmt->cursor->deleted();
  return SPOKE_OK;
}

void spoke_load_options_init(spoke_load_options* options) {
  if (options != nullptr) *options = spoke_load_options{};
}

int spoke_load_file(spoke_db* db, const char* path,
                    const spoke_load_options* options,
                    spoke_load_result* result) {
  if (db == nullptr) return Fail(SPOKE_EINVALID, "db is null");
  if (Empty(path)) return Fail(SPOKE_EINVALID, "path is empty");
  try {
    spoke::LoadOptions lo;
    if (!ToLoadOptions(options, false, &lo)) {
      return Fail(SPOKE_EINVALID, "unknown format");
    }
    auto r = db->db->Load({path}, lo);
    if (!r.ok()) return Fail(r.status());
    FillLoadResult(*r, result);
    return SPOKE_OK;
  } catch (const std::bad_alloc&) {
    return OutOfMemory();
  }
}

int spoke_load_text(spoke_db* db, const char* text, size_t len,
                    const spoke_load_options* options,
                    spoke_load_result* result) {
  if (db == nullptr) return Fail(SPOKE_EINVALID, "db is null");
  if (text == nullptr && len > 0) return Fail(SPOKE_EINVALID, "text is null");
  if (options == nullptr || Empty(options->dataset)) {
    return Fail(SPOKE_EINVALID, "loading text needs a dataset name");
  }
  try {
    spoke::LoadOptions lo;
    if (!ToLoadOptions(options, true, &lo)) {
      return Fail(SPOKE_EINVALID, "loading text needs a format");
    }
    auto r = db->db->LoadText(std::string_view(text ? text : "", len),
                              options->dataset, lo);
    if (!r.ok()) return Fail(r.status());
    FillLoadResult(*r, result);
    return SPOKE_OK;
  } catch (const std::bad_alloc&) {
    return OutOfMemory();
  }
}

int spoke_drop_dataset(spoke_db* db, const char* name, uint64_t* quads) {
  if (db == nullptr) return Fail(SPOKE_EINVALID, "db is null");
  if (Empty(name)) return Fail(SPOKE_EINVALID, "dataset name is empty");
  try {
    auto r = db->db->DropDataset(name);
    if (!r.ok()) return Fail(r.status());
    if (quads != nullptr) *quads = *r;
    return SPOKE_OK;
  } catch (const std::bad_alloc&) {
    return OutOfMemory();
  }
}

int spoke_stats(spoke_db* db, uint64_t* quads, uint64_t* triples,
                uint64_t* datasets) {
  if (db == nullptr) return Fail(SPOKE_EINVALID, "db is null");
  try {
    auto r = db->db->Stats();
    if (!r.ok()) return Fail(r.status());
    if (quads != nullptr) *quads = r->quads;
    if (triples != nullptr) *triples = r->triples;
    if (datasets != nullptr) *datasets = r->datasets;
    return SPOKE_OK;
  } catch (const std::bad_alloc&) {
    return OutOfMemory();
  }
}

spoke_batch* spoke_batch_new(void) { return new (std::nothrow) spoke_batch; }

void spoke_batch_free(spoke_batch* batch) { delete batch; }

int spoke_batch_insert(spoke_batch* batch, const spoke_term* s,
                       const spoke_term* p, const spoke_term* o,
                       const spoke_term* g) {
  try {
    return AddToBatch(batch, true, s, p, o, g);
  } catch (const std::bad_alloc&) {
    return OutOfMemory();
  }
}

int spoke_batch_delete(spoke_batch* batch, const spoke_term* s,
                       const spoke_term* p, const spoke_term* o,
                       const spoke_term* g) {
  try {
    return AddToBatch(batch, false, s, p, o, g);
  } catch (const std::bad_alloc&) {
    return OutOfMemory();
  }
}

int spoke_apply(spoke_db* db, const spoke_batch* batch, uint64_t* inserted,
                uint64_t* deleted) {
  if (db == nullptr || batch == nullptr) {
    return Fail(SPOKE_EINVALID, "db or batch is null");
  }
  try {
    auto r = db->db->Apply(batch->batch);
    if (!r.ok()) return Fail(r.status());
    if (inserted != nullptr) *inserted = r->first;
    if (deleted != nullptr) *deleted = r->second;
    return SPOKE_OK;
  } catch (const std::bad_alloc&) {
    return OutOfMemory();
  }
}

}  // extern "C"
