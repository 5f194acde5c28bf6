// DatabaseImpl: the implementation of the public spoke::Database over the
// storage, engine and io libraries. Internal to engine/api.

#ifndef SPOKE_ENGINE_API_DATABASE_IMPL_H_
#define SPOKE_ENGINE_API_DATABASE_IMPL_H_

#include <memory>
#include <string>

#include "engine/api/writer_guard.h"
#include "io/rdf_format.h"
#include "spoke/database.h"
#include "storage/quad_store.h"

namespace spoke::engine {
class QueryEngine;
}

namespace spoke::internal {

// The io library's name for a public format.
io::RdfFormat ToIoFormat(RdfFormat format);

// The graph a triples file of dataset `dataset` loads into by default.
std::string DatasetGraphIri(const std::string& dataset);

class DatabaseImpl final : public Database {
 public:
  // `writer` is null for read-only handles.
  DatabaseImpl(const Options& options,
               std::unique_ptr<storage::QuadStore> store,
               std::unique_ptr<WriterRegistration> writer);
  ~DatabaseImpl() override;

  Result<PreparedQuery> Prepare(std::string_view text,
                                const PrepareOptions& options) override;
  Result<LoadSummary> Load(const std::vector<std::string>& paths,
                           const LoadOptions& options) override;
  Result<LoadSummary> LoadText(std::string_view text, std::string_view name,
                               const LoadOptions& options) override;
  Result<std::vector<DatasetInfo>> Datasets() override;
  Result<uint64_t> DropDataset(const std::string& name) override;
  Result<std::pair<uint64_t, uint64_t>> Apply(const WriteBatch& batch) override;
  Result<Statistics> Stats() override;
  Status Dump(const DumpOptions& options, std::ostream& out) override;
  Status Check() override;
  Status PutSetting(const std::string& key, const std::string& value) override;
  Result<std::string> GetSetting(const std::string& key) override;

  const Options& options() const { return options_; }
  storage::QuadStore* store() const { return store_.get(); }
  engine::QueryEngine* engine() const { return engine_.get(); }

 private:
  Status CheckWritable() const;

  Options options_;
  // Declared before store_: unregistered only after the store has closed.
  std::unique_ptr<WriterRegistration> writer_;
  std::unique_ptr<storage::QuadStore> store_;
  std::unique_ptr<engine::QueryEngine> engine_;
};

}  // namespace spoke::internal

#endif  // SPOKE_ENGINE_API_DATABASE_IMPL_H_
