#include "tests/crash/workload.h"

#include <cstdint>
#include <string>
#include <vector>

namespace spoke::crash {
namespace {

constexpr std::string_view kNs = "http://crash.test/";

enum class Kind { kLoad, kBatch, kInsertData, kDeleteData };

Kind KindOf(int op) {
  switch (op % 4) {
    case 0: return Kind::kLoad;
    case 1: return Kind::kBatch;
    case 2: return Kind::kInsertData;
    default: return Kind::kDeleteData;
  }
}

// Deterministic sizes: loads vary from 20 to ~3000 quads so that both the
// small-write and the bulk (SST ingestion) paths of a load are exercised.
int LoadSize(int op) {
  uint32_t h = static_cast<uint32_t>(op) * 2654435761u;
  return (op / 4) % 3 == 2 ? 2000 + static_cast<int>(h % 1000)
                           : 20 + static_cast<int>(h % 200);
}
int BatchSize(int op) { return 10 + op % 40; }

struct Q {
  std::string s, p, o, g;  // IRIs without <>, o is a plain literal value
};

std::string Iri(std::string_view local) {
  return std::string(kNs) + std::string(local);
}

std::vector<Q> LoadQuads(int op) {
  std::vector<Q> out;
  std::string g = Iri("load/" + std::to_string(op));
  for (int j = 0; j < LoadSize(op); ++j) {
    out.push_back({Iri("s" + std::to_string(op) + "_" + std::to_string(j)),
                   Iri("p" + std::to_string(j % 7)),
                   "v" + std::to_string(op) + "_" + std::to_string(j), g});
  }
  return out;
}

std::vector<Q> BatchInserts(int op) {
  std::vector<Q> out;
  std::string g = Iri("batch/" + std::to_string(op));
  for (int j = 0; j < BatchSize(op); ++j) {
    out.push_back({Iri("b" + std::to_string(op) + "_" + std::to_string(j)),
                   Iri("q"), "w" + std::to_string(j), g});
  }
  return out;
}

// The batch also deletes every fourth quad of the load just before it.
std::vector<Q> BatchDeletes(int op) {
  std::vector<Q> out;
  std::vector<Q> load = LoadQuads(op - 1);
  for (size_t j = 0; j < load.size(); j += 4) out.push_back(load[j]);
  return out;
}

std::vector<Q> InsertDataQuads(int op) {
  std::vector<Q> out;
  std::string g = Iri("upd/" + std::to_string(op));
  for (int j = 0; j < 25; ++j) {
    out.push_back({Iri("u" + std::to_string(op) + "_" + std::to_string(j)),
                   Iri("r"), "x" + std::to_string(j), g});
  }
  return out;
}

// DELETE DATA removes the odd quads of the INSERT DATA just before and the
// first half of the batch two before.
std::vector<Q> DeleteDataQuads(int op) {
  std::vector<Q> out;
  std::vector<Q> ins = InsertDataQuads(op - 1);
  for (size_t j = 1; j < ins.size(); j += 2) out.push_back(ins[j]);
  std::vector<Q> batch = BatchInserts(op - 2);
  for (size_t j = 0; j < batch.size() / 2; ++j) out.push_back(batch[j]);
  return out;
}

std::string Key(const Q& q) {
  return "<" + q.s + "> <" + q.p + "> \"" + q.o + "\" <" + q.g + ">";
}

Quad ToQuad(const Q& q) {
  Quad quad;
  quad.subject = Term::Iri(q.s);
  quad.predicate = Term::Iri(q.p);
  quad.object = Term::Literal(q.o);
  quad.graph = Term::Iri(q.g);
  return quad;
}

std::string DataBlock(const std::vector<Q>& quads) {
  std::string text;
  std::string graph;
  for (const Q& q : quads) {
    if (q.g != graph) {
      if (!graph.empty()) text += "} ";
      graph = q.g;
      text += "GRAPH <" + graph + "> { ";
    }
    text += "<" + q.s + "> <" + q.p + "> \"" + q.o + "\" . ";
  }
  if (!graph.empty()) text += "} ";
  return text;
}

Status RunUpdate(Database* db, const std::string& text) {
  Result<Cursor> cur = db->Query(text);
  if (!cur.ok()) return cur.status();
  return cur->status();
}

}  // namespace

Status Workload::Run(Database* db, int op) {
  switch (KindOf(op)) {
    case Kind::kLoad: {
      std::string text;
      for (const Q& q : LoadQuads(op)) text += Key(q) + " .\n";
      LoadOptions lo;
      lo.dataset = "d" + std::to_string(op);
      lo.has_format = true;
      lo.format = RdfFormat::kNQuads;
      Result<LoadSummary> r = db->LoadText(text, lo.dataset + ".nq", lo);
      return r.ok() ? Status::OK() : r.status();
    }
    case Kind::kBatch: {
      WriteBatch batch;
      for (const Q& q : BatchInserts(op)) batch.Insert(ToQuad(q));
      for (const Q& q : BatchDeletes(op)) batch.Delete(ToQuad(q));
      auto r = db->Apply(batch);
      return r.ok() ? Status::OK() : r.status();
    }
    case Kind::kInsertData:
      return RunUpdate(db, "INSERT DATA { " + DataBlock(InsertDataQuads(op)) +
                               "}");
    case Kind::kDeleteData:
      return RunUpdate(db, "DELETE DATA { " + DataBlock(DeleteDataQuads(op)) +
                               "}");
  }
  return Status::Internal("unknown operation kind");
}

void Workload::Model(int op, ModelState* model) {
  switch (KindOf(op)) {
    case Kind::kLoad:
      for (const Q& q : LoadQuads(op)) model->quads.insert(Key(q));
      model->datasets.insert("d" + std::to_string(op));
      break;
    case Kind::kBatch:
      for (const Q& q : BatchInserts(op)) model->quads.insert(Key(q));
      for (const Q& q : BatchDeletes(op)) model->quads.erase(Key(q));
      break;
    case Kind::kInsertData:
      for (const Q& q : InsertDataQuads(op)) model->quads.insert(Key(q));
      break;
    case Kind::kDeleteData:
      for (const Q& q : DeleteDataQuads(op)) model->quads.erase(Key(q));
      break;
  }
}

Result<ModelState> Workload::Read(Database* db) {
  ModelState state;
  Result<Cursor> cur =
      db->Query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }");
  if (!cur.ok()) return cur.status();
  for (; cur->Valid(); cur->Next()) {
    const std::vector<Term>& row = cur->row();
    if (!row[0].is_iri() || !row[1].is_iri() || !row[2].is_literal() ||
        !row[3].is_iri()) {
      return Status::Corruption("unexpected term kinds in a stored quad");
    }
    state.quads.insert(Key({row[0].value(), row[1].value(), row[2].value(),
                            row[3].value()}));
  }
  if (!cur->status().ok()) return cur->status();
  Result<std::vector<DatasetInfo>> ds = db->Datasets();
  if (!ds.ok()) return ds.status();
  for (const DatasetInfo& d : *ds) state.datasets.insert(d.name);
  return state;
}

std::string Workload::Describe(int op) {
  switch (KindOf(op)) {
    case Kind::kLoad:
      return "op " + std::to_string(op) + ": load of " +
             std::to_string(LoadSize(op)) + " quads";
    case Kind::kBatch: return "op " + std::to_string(op) + ": write batch";
    case Kind::kInsertData: return "op " + std::to_string(op) + ": INSERT DATA";
    case Kind::kDeleteData: return "op " + std::to_string(op) + ": DELETE DATA";
  }
  return "op " + std::to_string(op);
}

}  // namespace spoke::crash
