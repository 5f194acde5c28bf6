// DatabaseImpl::Dump: quads of the whole database, a dataset or a graph,
// decoded from one snapshot and written by io::RdfWriter.

#include <unordered_map>

#include "engine/api/database_impl.h"
#include "io/rdf_writer.h"

namespace spoke::internal {

namespace {

// Decodes ids with a bounded cache: subjects and predicates repeat a lot.
class Decoder {
 public:
  explicit Decoder(const storage::ReadView* view) : view_(view) {}

  Status Decode(storage::TermId id, Term* out) {
    if (id == storage::kDefaultGraphId) {
      *out = Term();
      return Status::OK();
    }
    auto it = cache_.find(id);
    if (it != cache_.end()) {
      *out = it->second;
      return Status::OK();
    }
    auto term = view_->Decode(id);
    if (!term.ok()) return term.status();
    if (cache_.size() >= kMaxCached) cache_.clear();
    cache_.emplace(id, *term);
    *out = std::move(*term);
    return Status::OK();
  }

 private:
  static constexpr size_t kMaxCached = 1 << 16;
  const storage::ReadView* view_;
  std::unordered_map<storage::TermId, Term> cache_;
};

Status WriteScan(const storage::ReadView& view, const storage::ScanSpec& spec,
                 Decoder* decoder, io::RdfWriter* writer) {
  auto cursor = view.Scan(spec);
  Quad q;
  for (; cursor->Valid(); cursor->Next()) {
    const storage::IdQuad& iq = cursor->quad();
    SPOKE_RETURN_IF_ERROR(decoder->Decode(iq.s, &q.subject));
    SPOKE_RETURN_IF_ERROR(decoder->Decode(iq.p, &q.predicate));
    SPOKE_RETURN_IF_ERROR(decoder->Decode(iq.o, &q.object));
    SPOKE_RETURN_IF_ERROR(decoder->Decode(iq.g, &q.graph));
    SPOKE_RETURN_IF_ERROR(writer->Write(q));
  }
  return cursor->status();
}

}  // namespace

Status DatabaseImpl::Dump(const DumpOptions& options, std::ostream& out) {
  if (!options.dataset.empty() && !options.graph_iri.empty()) {
    return Status::InvalidArgument(
        "dump takes a dataset or a graph, not both");
  }
  auto view = store_->NewReadView();
  // The graphs to dump; none listed = the whole database.
  std::vector<storage::TermId> graphs;
  bool whole = true;
  if (!options.graph_iri.empty()) {
    whole = false;
    auto id = view->Lookup(Term::Iri(options.graph_iri));
    if (!id.ok() && !id.status().IsNotFound()) return id.status();
    if (id.ok()) graphs.push_back(*id);
  } else if (!options.dataset.empty()) {
    whole = false;
    auto datasets = view->Datasets();
    if (!datasets.ok()) return datasets.status();
    const storage::DatasetInfo* found = nullptr;
    for (const auto& d : *datasets) {
      if (d.name == options.dataset) found = &d;
    }
    if (found == nullptr) {
      return Status::NotFound("no dataset named '" + options.dataset + "'");
    }
    for (const Term& g : found->graphs) {
      auto id = view->Lookup(g);
      if (!id.ok()) return id.status();
      graphs.push_back(*id);
    }
  }

  io::WriteOptions wo;
  wo.format = ToIoFormat(options.format);
  // One graph asked for by name: a triples format is what the user wants.
  wo.drop_graphs = !options.graph_iri.empty() || graphs.size() == 1;
  io::RdfWriter writer(wo, io::StreamOutput(&out, "output"));
  Decoder decoder(view.get());
  if (whole) {
    SPOKE_RETURN_IF_ERROR(WriteScan(*view, {}, &decoder, &writer));
  }
  for (storage::TermId g : graphs) {
    storage::ScanSpec spec;
    spec.g = g;
    SPOKE_RETURN_IF_ERROR(WriteScan(*view, spec, &decoder, &writer));
  }
  return writer.Finish();
}

}  // namespace spoke::internal
