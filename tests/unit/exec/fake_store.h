// FakeStore: an in-memory QuadStore/ReadView for operator tests, following
// the contract of storage/quad_store.h with brute-force scans. It counts
// scans so tests can check that plans stop early.

#ifndef SPOKE_TESTS_UNIT_EXEC_FAKE_STORE_H_
#define SPOKE_TESTS_UNIT_EXEC_FAKE_STORE_H_

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "storage/quad_store.h"

namespace spoke::engine::testing {

class FakeStore : public storage::QuadStore {
 public:
  std::unique_ptr<storage::ReadView> NewReadView() const override;
  Result<storage::ApplyResult> Apply(const storage::QuadBatch& batch) override;
  Result<std::unique_ptr<storage::BulkLoad>> StartBulkLoad(
      const storage::BulkLoadOptions&) override {
    return Status::NotSupported("fake store has no bulk load");
  }
  Result<uint64_t> DropDataset(const std::string&) override {
    return Status::NotFound("no datasets");
  }
  Status PutSetting(const std::string&, const std::string&) override {
    return Status::OK();
  }
  Result<std::string> GetSetting(const std::string&) const override {
    return Status::NotFound("no settings");
  }
  Status Check() const override { return Status::OK(); }

  // Adds one quad (graph kNone = default graph).
  void Add(const Term& s, const Term& p, const Term& o, const Term& g = {});
  // Fails every later Apply (atomicity tests).
  void set_fail_apply(bool fail) { fail_apply_ = fail; }
  uint64_t scans() const { return *scans_; }
  // Dictionary reads (ReadView::Decode calls) of all views so far.
  uint64_t decodes() const { return *decodes_; }

  // Shared state; a view copies it (a snapshot).
  struct Data {
    std::map<Term, storage::TermId> ids;
    std::map<storage::TermId, Term> terms;
    std::set<std::tuple<storage::TermId, storage::TermId, storage::TermId,
                        storage::TermId>>
        quads;  // (s, p, o, g)
  };

 private:
  storage::TermId IdFor(const Term& t);

  mutable std::mutex mu_;
  std::shared_ptr<Data> data_ = std::make_shared<Data>();
  std::shared_ptr<uint64_t> scans_ = std::make_shared<uint64_t>(0);
  std::shared_ptr<uint64_t> decodes_ = std::make_shared<uint64_t>(0);
  bool fail_apply_ = false;
};

}  // namespace spoke::engine::testing

#endif  // SPOKE_TESTS_UNIT_EXEC_FAKE_STORE_H_
