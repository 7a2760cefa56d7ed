// runtime/vm/bytecode_cache.h — the bytecode cache of imported modules:
// `__pycache__/NAME.pystm-311.pyc` next to the source, or under
// PYTHONPYCACHEPREFIX, or under the per-user cache directory when the
// source directory is not writable.
// Owns: where cache files live, their header (format, compiler fingerprint,
// optimize level, source mtime and size, checksum) and atomic writes.
// Must never: fail an import (a missing, stale, corrupt or foreign cache
// file means "compile the source"; a failed write is ignored), or touch the
// heap (it deals in bytecode::CodeUnit trees).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "runtime/bytecode/code_unit.h"

namespace pystm {

struct BytecodeCacheConfig {
  std::string prefix;          // PYTHONPYCACHEPREFIX; empty for none
  std::string user_cache_dir;  // for sources in unwritable directories
  bool always_user_dir = false;  // PYSTM_PYCACHE_USER_DIR=1: as if no source directory were writable (tests)
};
void configure_bytecode_cache(const BytecodeCacheConfig& config);

// What validates a cache file against its source.
struct SourceStamp {
  int64_t mtime_ns = 0;
  uint64_t size = 0;
};

// The cache file for `source_path` at `optimize` (empty if none can be named).
std::string bytecode_cache_path(const std::string& source_path, int optimize);
// The cached tree for the source, or null when there is no valid one.
std::shared_ptr<bytecode::CodeUnit> load_cached_code(const std::string& source_path, const SourceStamp& stamp,
                                                     int optimize);
// Writes the cache file (temp file + rename); false if it could not.
bool store_cached_code(const std::string& source_path, const SourceStamp& stamp, int optimize,
                       const bytecode::CodeUnit& unit);

// The file format, exposed for tests: header + encoded tree; and the
// reverse, null for anything that is not a valid file for this stamp.
std::string make_cache_file(const SourceStamp& stamp, int optimize, const bytecode::CodeUnit& unit);
std::shared_ptr<bytecode::CodeUnit> read_cache_file(std::string_view bytes, const SourceStamp& stamp, int optimize,
                                                    const std::string& filename);

}  // namespace pystm
