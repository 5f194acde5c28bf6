// DatabaseImpl::Load and LoadText: RDF files -> io reader -> one atomic
// storage bulk load.

#include <chrono>
#include <filesystem>
#include <random>

#include "engine/api/database_impl.h"
#include "io/rdf_reader.h"

namespace spoke::internal {

namespace {

// "dir/story.trig.gz" -> "story".
std::string DatasetNameFromPath(std::string_view path) {
  std::string name = std::filesystem::path(path).filename().string();
  if (name.size() > 3 && name.ends_with(".gz")) name.resize(name.size() - 3);
  size_t dot = name.find('.');
  if (dot != std::string::npos && dot > 0) name.resize(dot);
  return name;
}

Status CheckDatasetName(const std::string& name) {
  if (name.empty()) return Status::InvalidArgument("dataset name is empty");
  for (unsigned char c : name) {
    if (c < 0x21 || c == 0x7f || c == '<' || c == '>' || c == '"') {
      return Status::InvalidArgument("dataset name '" + name +
                                     "' has a space or control character");
    }
  }
  return Status::OK();
}

std::string FileIri(const std::string& path) {
  std::error_code ec;
  std::filesystem::path abs = std::filesystem::absolute(path, ec);
  std::string p = ec ? path : abs.lexically_normal().string();
  std::string out = "file://";
  static const char kHex[] = "0123456789ABCDEF";
  for (unsigned char c : p) {
    if (c <= 0x20 || c == '%' || c == '<' || c == '>' || c == '"' ||
        c == '{' || c == '}' || c == '|' || c == '\\' || c == '^' ||
        c == '`' || c == '#' || c == '?' || c >= 0x7f) {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// A blank node label prefix unique to one file of one load, so blank nodes
// of different files (and loads) never merge.
std::string BlankPrefix(uint64_t load_token, size_t file_index) {
  char buf[48];
  snprintf(buf, sizeof buf, "l%016llxf%zu_",
           static_cast<unsigned long long>(load_token), file_index);
  return buf;
}

uint64_t NewLoadToken() {
  std::random_device rd;
  return (static_cast<uint64_t>(rd()) << 32) ^ rd() ^
         static_cast<uint64_t>(
             std::chrono::steady_clock::now().time_since_epoch().count());
}

}  // namespace

io::RdfFormat ToIoFormat(RdfFormat f) {
  switch (f) {
    case RdfFormat::kNTriples: return io::RdfFormat::kNTriples;
    case RdfFormat::kNQuads: return io::RdfFormat::kNQuads;
    case RdfFormat::kTurtle: return io::RdfFormat::kTurtle;
    case RdfFormat::kTriG: return io::RdfFormat::kTriG;
  }
  return io::RdfFormat::kNQuads;
}

std::string DatasetGraphIri(const std::string& dataset) {
  return "urn:spoke:dataset:" + dataset;
}

// One load: the inputs are read one after the other into one BulkLoad.
class Loader {
 public:
  Loader(storage::QuadStore* store, const LoadOptions& options)
      : store_(store), options_(options), token_(NewLoadToken()) {}

  Status Start(const std::string& dataset, const std::string& source) {
    if (options_.default_graph && !options_.graph_iri.empty()) {
      return Status::InvalidArgument(
          "a graph IRI and the default graph were both given; choose one");
    }
    SPOKE_RETURN_IF_ERROR(CheckDatasetName(dataset));
    dataset_ = dataset;
    if (!options_.default_graph) {
      default_graph_ = Term::Iri(options_.graph_iri.empty()
                                     ? DatasetGraphIri(dataset)
                                     : options_.graph_iri);
    }
    storage::BulkLoadOptions bo;
    bo.dataset = dataset;
    bo.replace = options_.replace;
    bo.source = source;
    auto bulk = store_->StartBulkLoad(bo);
    if (!bulk.ok()) return bulk.status();
    bulk_ = std::move(*bulk);
    started_ = std::chrono::steady_clock::now();
    return Status::OK();
  }

  io::ReadOptions ReadOptionsFor(io::RdfFormat format, std::string base) {
    io::ReadOptions ro;
    ro.format = format;
    ro.base_iri = options_.base_iri.empty() ? std::move(base)
                                            : options_.base_iri;
    ro.default_graph = default_graph_;
    ro.blank_prefix = BlankPrefix(token_, files_++);
    ro.skip_invalid = options_.skip_invalid;
    ro.on_error = [this](const Status& s) {
      if (options_.on_error) options_.on_error(s.message());
    };
    // The reader only reads the flag; it takes a non-const pointer.
    ro.cancel = const_cast<std::atomic<bool>*>(options_.cancel);
    uint64_t offset = bytes_before_;
    ro.on_progress = [this, offset](uint64_t done, uint64_t) {
      if (options_.on_progress) {
        options_.on_progress({offset + done, bytes_total_, quads_});
      }
    };
    return ro;
  }

  io::QuadSink Sink() {
    return [this](Quad& q) {
      ++quads_;
      return bulk_->Add(std::move(q));
    };
  }

  void FinishedInput(const io::ReadStats& stats) {
    bytes_before_ += stats.bytes;
    invalid_ += stats.errors_skipped;
  }

  Result<LoadSummary> Commit() {
    auto r = bulk_->Commit();
    if (!r.ok()) return r.status();
    LoadSummary s;
    s.dataset = dataset_;
    s.quads_read = r->quads_read;
    s.quads_new = r->quads_new;
    s.duplicates = r->duplicates;
    s.invalid_skipped = invalid_;
    s.seconds = std::chrono::duration<double>(
                    std::chrono::steady_clock::now() - started_)
                    .count();
    return s;
  }

  uint64_t bytes_total_ = 0;

 private:
  storage::QuadStore* store_;
  const LoadOptions& options_;
  uint64_t token_;
  std::string dataset_;
  Term default_graph_;
  std::unique_ptr<storage::BulkLoad> bulk_;
  size_t files_ = 0;
  uint64_t bytes_before_ = 0;
  uint64_t quads_ = 0;
  uint64_t invalid_ = 0;
  std::chrono::steady_clock::time_point started_;
};

Result<LoadSummary> DatabaseImpl::Load(const std::vector<std::string>& paths,
                                       const LoadOptions& options) {
  SPOKE_RETURN_IF_ERROR(CheckWritable());
  if (paths.empty()) return Status::InvalidArgument("no files to load");
  std::vector<io::RdfFormat> formats;
  std::string source;
  Loader loader(store_.get(), options);
  for (const std::string& path : paths) {
    if (options.has_format) {
      formats.push_back(ToIoFormat(options.format));
    } else {
      auto f = io::FormatFromPath(path);
      if (!f.ok()) {
        return f.status().WithPrefix(path + ": ")
            .WithContext("use --format to name the format");
      }
      formats.push_back(*f);
    }
    std::error_code ec;
    const std::filesystem::file_status st = std::filesystem::status(path, ec);
    if (ec) return Status::NotFound(path + ": cannot open: " + ec.message());
    // A pipe (/dev/stdin) has no size: progress then shows bytes only.
    if (std::filesystem::is_regular_file(st)) {
      const uint64_t size = std::filesystem::file_size(path, ec);
      if (ec) return Status::NotFound(path + ": cannot open: " + ec.message());
      loader.bytes_total_ += size;
    }
    if (!source.empty()) source += ' ';
    source += path;
  }
  std::string dataset =
      options.dataset.empty() ? DatasetNameFromPath(paths[0]) : options.dataset;
  SPOKE_RETURN_IF_ERROR(loader.Start(dataset, source));
  for (size_t i = 0; i < paths.size(); ++i) {
    auto stats = io::ReadRdfFile(
        paths[i], loader.ReadOptionsFor(formats[i], FileIri(paths[i])),
        loader.Sink());
    if (!stats.ok()) return stats.status();
    loader.FinishedInput(*stats);
  }
  return loader.Commit();
}

Result<LoadSummary> DatabaseImpl::LoadText(std::string_view text,
                                           std::string_view name,
                                           const LoadOptions& options) {
  SPOKE_RETURN_IF_ERROR(CheckWritable());
  if (!options.has_format) {
    return Status::InvalidArgument("loading text needs a format");
  }
  std::string dataset = options.dataset.empty()
                            ? DatasetNameFromPath(name)
                            : options.dataset;
  Loader loader(store_.get(), options);
  loader.bytes_total_ = text.size();
  SPOKE_RETURN_IF_ERROR(loader.Start(dataset, std::string(name)));
  auto stats = io::ReadRdfText(
      text, name, loader.ReadOptionsFor(ToIoFormat(options.format), ""),
      loader.Sink());
  if (!stats.ok()) return stats.status();
  loader.FinishedInput(*stats);
  return loader.Commit();
}

}  // namespace spoke::internal
