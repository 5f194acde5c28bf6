// The C API's loading, statistics and write batches (see c_api.cc).

#include <new>
#include <optional>
#include <string>

#include "engine/api/c_api_internal.h"

using spoke::internal::CEmpty;
using spoke::internal::CFail;
using spoke::internal::COutOfMemory;

namespace {

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
      if (CEmpty(t->value)) return std::nullopt;
      return spoke::Term::Iri(t->value);
    case SPOKE_TERM_BLANK:
      if (CEmpty(t->value)) return std::nullopt;
      return spoke::Term::Blank(t->value);
    case SPOKE_TERM_LITERAL:
      if (t->value == nullptr) return std::nullopt;
      if (!CEmpty(t->lang)) return spoke::Term::LangLiteral(t->value, t->lang);
      if (!CEmpty(t->datatype)) {
        return spoke::Term::TypedLiteral(t->value, t->datatype);
      }
      return spoke::Term::Literal(t->value);
    default:
      return std::nullopt;
  }
}

int AddToBatch(spoke_batch* batch, bool insert, const spoke_term* s,
               const spoke_term* p, const spoke_term* o, const spoke_term* g) {
  if (batch == nullptr) return CFail(SPOKE_EINVALID, "batch is null");
  auto st = ToTerm(s, false), pt = ToTerm(p, false), ot = ToTerm(o, false),
       gt = ToTerm(g, true);
  if (!st || !pt || !ot || !gt) return CFail(SPOKE_EINVALID, "malformed term");
  if (!st->is_iri() && !st->is_blank()) {
    return CFail(SPOKE_EINVALID, "subject must be an IRI or a blank node");
  }
  if (!pt->is_iri()) return CFail(SPOKE_EINVALID, "predicate must be an IRI");
  if (!gt->is_none() && !gt->is_iri()) {
    return CFail(SPOKE_EINVALID, "graph must be an IRI");
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
  if (!CEmpty(in->dataset)) out->dataset = in->dataset;
  out->replace = in->replace != 0;
  if (!CEmpty(in->graph_iri)) out->graph_iri = in->graph_iri;
  if (!CEmpty(in->base_iri)) out->base_iri = in->base_iri;
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

void spoke_load_options_init(spoke_load_options* options) {
  if (options != nullptr) *options = spoke_load_options{};
}

int spoke_load_file(spoke_db* db, const char* path,
                    const spoke_load_options* options,
                    spoke_load_result* result) {
  if (db == nullptr) return CFail(SPOKE_EINVALID, "db is null");
  if (CEmpty(path)) return CFail(SPOKE_EINVALID, "path is empty");
  try {
    spoke::LoadOptions lo;
    if (!ToLoadOptions(options, false, &lo)) {
      return CFail(SPOKE_EINVALID, "unknown format");
    }
    auto r = db->db->Load({path}, lo);
    if (!r.ok()) return CFail(r.status());
    FillLoadResult(*r, result);
    return SPOKE_OK;
  } catch (const std::bad_alloc&) {
    return COutOfMemory();
  }
}

int spoke_load_text(spoke_db* db, const char* text, size_t len,
                    const spoke_load_options* options,
                    spoke_load_result* result) {
  if (db == nullptr) return CFail(SPOKE_EINVALID, "db is null");
  if (text == nullptr && len > 0) return CFail(SPOKE_EINVALID, "text is null");
  if (options == nullptr || CEmpty(options->dataset)) {
    return CFail(SPOKE_EINVALID, "loading text needs a dataset name");
  }
  try {
    spoke::LoadOptions lo;
    if (!ToLoadOptions(options, true, &lo)) {
      return CFail(SPOKE_EINVALID, "loading text needs a format");
    }
    auto r = db->db->LoadText(std::string_view(text ? text : "", len),
                              options->dataset, lo);
    if (!r.ok()) return CFail(r.status());
    FillLoadResult(*r, result);
    return SPOKE_OK;
  } catch (const std::bad_alloc&) {
    return COutOfMemory();
  }
}

int spoke_drop_dataset(spoke_db* db, const char* name, uint64_t* quads) {
  if (db == nullptr) return CFail(SPOKE_EINVALID, "db is null");
  if (CEmpty(name)) return CFail(SPOKE_EINVALID, "dataset name is empty");
  try {
    auto r = db->db->DropDataset(name);
    if (!r.ok()) return CFail(r.status());
    if (quads != nullptr) *quads = *r;
    return SPOKE_OK;
  } catch (const std::bad_alloc&) {
    return COutOfMemory();
  }
}

int spoke_stats(spoke_db* db, uint64_t* quads, uint64_t* triples,
                uint64_t* datasets) {
  if (db == nullptr) return CFail(SPOKE_EINVALID, "db is null");
  try {
    auto r = db->db->Stats();
    if (!r.ok()) return CFail(r.status());
    if (quads != nullptr) *quads = r->quads;
    if (triples != nullptr) *triples = r->triples;
    if (datasets != nullptr) *datasets = r->datasets;
    return SPOKE_OK;
  } catch (const std::bad_alloc&) {
    return COutOfMemory();
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
    return COutOfMemory();
  }
}

int spoke_batch_delete(spoke_batch* batch, const spoke_term* s,
                       const spoke_term* p, const spoke_term* o,
                       const spoke_term* g) {
  try {
    return AddToBatch(batch, false, s, p, o, g);
  } catch (const std::bad_alloc&) {
    return COutOfMemory();
  }
}

int spoke_apply(spoke_db* db, const spoke_batch* batch, uint64_t* inserted,
                uint64_t* deleted) {
  if (db == nullptr || batch == nullptr) {
    return CFail(SPOKE_EINVALID, "db or batch is null");
  }
  try {
    auto r = db->db->Apply(batch->batch);
    if (!r.ok()) return CFail(r.status());
    if (inserted != nullptr) *inserted = r->first;
    if (deleted != nullptr) *deleted = r->second;
    return SPOKE_OK;
  } catch (const std::bad_alloc&) {
    return COutOfMemory();
  }
}


}  // extern "C"
