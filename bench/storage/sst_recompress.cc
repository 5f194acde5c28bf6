// sst_recompress: rewrites an SST file with other compression settings and
// prints the size and CPU time of each, to choose per-column-family options
// (FORMAT.md "RocksDB options") from real data.
//
//   sst_recompress FILE.sst BLOCK_KIB RESTART DICT_KIB LEVEL...
//
// LEVEL 0 means no compression; DICT_KIB 0 means no ZSTD dictionary.

#include <time.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include <rocksdb/options.h>
#include <rocksdb/sst_file_reader.h>
#include <rocksdb/sst_file_writer.h>
#include <rocksdb/table.h>

namespace {

double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 6) {
    std::fprintf(stderr,
                 "usage: sst_recompress FILE.sst BLOCK_KIB RESTART DICT_KIB "
                 "LEVEL...\n");
    return 2;
  }
  const std::string in = argv[1];
  const int block_kib = std::atoi(argv[2]);
  const int restart = std::atoi(argv[3]);
  const int dict_kib = std::atoi(argv[4]);
  rocksdb::Options read_options;
  rocksdb::SstFileReader reader(read_options);
  rocksdb::Status s = reader.Open(in);
  if (!s.ok()) {
    std::fprintf(stderr, "open %s: %s\n", in.c_str(), s.ToString().c_str());
    return 1;
  }
  for (int a = 5; a < argc; ++a) {
    const int level = std::atoi(argv[a]);
    rocksdb::Options o;
    rocksdb::BlockBasedTableOptions t;
    t.format_version = 5;
    t.block_size = block_kib * 1024;
    t.block_restart_interval = restart;
    o.table_factory.reset(rocksdb::NewBlockBasedTableFactory(t));
    o.compression = level == 0 ? rocksdb::kNoCompression : rocksdb::kZSTD;
    o.compression_opts.level = level;
    if (dict_kib > 0) {
      o.compression_opts.max_dict_bytes = dict_kib * 1024;
      o.compression_opts.zstd_max_train_bytes = 1 << 20;
      o.compression_opts.max_dict_buffer_bytes = 4 << 20;
    }
    const std::string out = in + ".recompressed";
    rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), o);
    double start = CpuSeconds();
    s = writer.Open(out);
    std::unique_ptr<rocksdb::Iterator> it(
        reader.NewIterator(rocksdb::ReadOptions()));
    uint64_t n = 0;
    for (it->SeekToFirst(); s.ok() && it->Valid(); it->Next(), ++n) {
      s = writer.Put(it->key(), it->value());
    }
    if (s.ok()) s = it->status();
    if (s.ok()) s = writer.Finish();
    double cpu = CpuSeconds() - start;
    if (!s.ok()) {
      std::fprintf(stderr, "rewrite: %s\n", s.ToString().c_str());
      return 1;
    }
    std::printf("%s level %d: %llu entries, %llu bytes, %.2f cpu-s\n",
                in.c_str(), level, static_cast<unsigned long long>(n),
                static_cast<unsigned long long>(std::filesystem::file_size(out)),
                cpu);
    std::filesystem::remove(out);
  }
  return 0;
}
