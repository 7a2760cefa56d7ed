// runtime/vm/bytecode_cache.cpp — see bytecode_cache.h.
// A cache file is a 56-byte header then the encoded CodeUnit tree
// (bytecode/code_unit_format.h). Header, little-endian: magic "pystmBC\n",
// u32 format version, u32 optimize level, u64 compiler fingerprint (a hash
// of the front end and instruction set, made at build time), i64 source
// mtime in ns, u64 source size, u64 payload size, u64 FNV-1a of the payload.
#include "runtime/vm/bytecode_cache.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>

#include "runtime/bytecode/code_unit_format.h"
#include "runtime/bytecode/compiler_fingerprint.h"

namespace pystm {

namespace {

constexpr char kMagic[8] = {'p', 'y', 's', 't', 'm', 'B', 'C', '\n'};
constexpr size_t kHeaderSize = 56;
constexpr const char* kTag = ".pystm-311";

BytecodeCacheConfig g_config;

uint64_t fnv1a(std::string_view bytes) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}

void put(std::string& out, uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>(v >> (8 * i)));
}
uint64_t get(std::string_view in, size_t at, int bytes) {
  uint64_t v = 0;
  for (int i = 0; i < bytes; ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(in[at + i])) << (8 * i);
  return v;
}

std::string absolute(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char cwd[4096];
  if (!getcwd(cwd, sizeof cwd)) return "";
  return std::string(cwd) + "/" + path;
}

// mkdir -p; true if `dir` exists afterwards.
bool make_dirs(const std::string& dir) {
  struct stat st;
  if (::stat(dir.c_str(), &st) == 0) return S_ISDIR(st.st_mode);
  size_t slash = dir.rfind('/');
  if (slash != std::string::npos && slash > 0 && !make_dirs(dir.substr(0, slash))) return false;
  return ::mkdir(dir.c_str(), 0755) == 0 || errno == EEXIST;
}

bool directory_writable(const std::string& dir) {
  if (g_config.always_user_dir) return false;
  return ::access(dir.empty() ? "." : dir.c_str(), W_OK) == 0;
}

}  // namespace

void configure_bytecode_cache(const BytecodeCacheConfig& config) { g_config = config; }

std::string bytecode_cache_path(const std::string& source_path, int optimize) {
  size_t slash = source_path.rfind('/');
  std::string dir = slash == std::string::npos ? "" : source_path.substr(0, slash);
  std::string file = slash == std::string::npos ? source_path : source_path.substr(slash + 1);
  size_t dot = file.rfind('.');
  std::string stem = dot == std::string::npos ? file : file.substr(0, dot);
  std::string name = stem + kTag + (optimize > 0 ? ".opt-" + std::to_string(optimize) : "") + ".pyc";
  // Like CPython's PYTHONPYCACHEPREFIX: the source's absolute directory
  // mirrored under the prefix, without __pycache__.
  const std::string* root = nullptr;
  if (!g_config.prefix.empty()) root = &g_config.prefix;
  else if (!directory_writable(dir)) root = &g_config.user_cache_dir;
  if (!root) return (dir.empty() ? "" : dir + "/") + "__pycache__/" + name;
  if (root->empty()) return "";
  std::string abs_dir = absolute(dir.empty() ? "." : dir);
  if (abs_dir.empty()) return "";
  return *root + abs_dir + "/" + name;
}

std::string make_cache_file(const SourceStamp& stamp, int optimize, const bytecode::CodeUnit& unit) {
  std::string payload = bytecode::encode_code_unit(unit);
  std::string out(kMagic, sizeof kMagic);
  put(out, bytecode::kCodeUnitFormatVersion, 4);
  put(out, static_cast<uint32_t>(optimize), 4);
  put(out, PYSTM_COMPILER_FINGERPRINT, 8);
  put(out, static_cast<uint64_t>(stamp.mtime_ns), 8);
  put(out, stamp.size, 8);
  put(out, payload.size(), 8);
  put(out, fnv1a(payload), 8);
  return out + payload;
}

std::shared_ptr<bytecode::CodeUnit> read_cache_file(std::string_view bytes, const SourceStamp& stamp, int optimize,
                                                    const std::string& filename) {
  if (bytes.size() < kHeaderSize || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) return nullptr;
  if (get(bytes, 8, 4) != bytecode::kCodeUnitFormatVersion || get(bytes, 12, 4) != static_cast<uint32_t>(optimize) ||
      get(bytes, 16, 8) != PYSTM_COMPILER_FINGERPRINT || get(bytes, 24, 8) != static_cast<uint64_t>(stamp.mtime_ns) ||
      get(bytes, 32, 8) != stamp.size || get(bytes, 40, 8) != bytes.size() - kHeaderSize)
    return nullptr;
  std::string_view payload = bytes.substr(kHeaderSize);
  if (get(bytes, 48, 8) != fnv1a(payload)) return nullptr;
  return bytecode::decode_code_unit(payload, filename);
}

std::shared_ptr<bytecode::CodeUnit> load_cached_code(const std::string& source_path, const SourceStamp& stamp,
                                                     int optimize) {
  std::string path = bytecode_cache_path(source_path, optimize);
  if (path.empty()) return nullptr;
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  std::string bytes;
  struct stat st;
  // Anything that is not a regular file of a plausible size is foreign.
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= static_cast<off_t>(kHeaderSize) &&
      st.st_size < (off_t{1} << 31)) {
    bytes.resize(static_cast<size_t>(st.st_size));
    size_t done = 0;
    while (done < bytes.size()) {
      ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      done += static_cast<size_t>(n);
    }
    bytes.resize(done);
  }
  ::close(fd);
  return read_cache_file(bytes, stamp, optimize, source_path);
}

bool store_cached_code(const std::string& source_path, const SourceStamp& stamp, int optimize,
                       const bytecode::CodeUnit& unit) {
  std::string path = bytecode_cache_path(source_path, optimize);
  if (path.empty()) return false;
  size_t slash = path.rfind('/');
  if (slash != std::string::npos && !make_dirs(path.substr(0, slash))) return false;
  std::string data = make_cache_file(stamp, optimize, unit);
  // A unique temp name in the same directory, then rename: readers (other
  // processes importing the same module) see the old file or the new one.
  static std::mt19937_64 random{std::random_device{}()};
  std::string temp = path + "." + std::to_string(::getpid()) + "." + std::to_string(random() % 1000000000) + ".tmp";
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  bool ok = done == data.size();
  ok = ::close(fd) == 0 && ok;
  if (ok && ::rename(temp.c_str(), path.c_str()) == 0) return true;
  ::unlink(temp.c_str());
  return false;
}

}  // namespace pystm
