// tests/unit/runtime/vm/bytecode_cache_test.cpp — cache file naming and
// validation: where a file goes (__pycache__, .opt-N, PYTHONPYCACHEPREFIX,
// the per-user directory), that a file is accepted only for the same
// source stamp and optimize level, and that corrupt, truncated or foreign
// files and failed writes are refused quietly; store + load round trip.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "runtime/bytecode/opcodes.h"
#include "runtime/vm/bytecode_cache.h"

namespace pystm {
namespace {

bytecode::CodeUnit small_unit() {
  bytecode::CodeUnit c;
  c.name = "<module>";
  c.qualname = "<module>";
  c.filename = "m.py";
  c.code = {bytecode::encode(bytecode::Opcode::LOAD_CONST, 0), bytecode::encode(bytecode::Opcode::RETURN_VALUE, 0)};
  c.positions = {{1, 1, 0, 4}, {1, 1, 0, 4}};
  bytecode::Constant k;
  k.literal.kind = ast::ConstantValue::Kind::Str;
  k.literal.text = "hello";
  c.consts = {k};
  c.stacksize = 1;
  return c;
}

class BytecodeCacheTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("pystm_cache_test_" + std::to_string(getpid()));
    std::filesystem::create_directories(dir_);
    configure_bytecode_cache({});
  }
  void TearDown() override {
    configure_bytecode_cache({});
    std::filesystem::remove_all(dir_);
  }
  std::filesystem::path dir_;
};

TEST_F(BytecodeCacheTest, NamesFilesLikeCPython) {
  std::filesystem::create_directories(dir_ / "pkg");
  std::string src = dir_.string() + "/pkg/mod.py";
  EXPECT_EQ(bytecode_cache_path(src, 0), dir_.string() + "/pkg/__pycache__/mod.pystm-311.pyc");
  EXPECT_EQ(bytecode_cache_path(src, 1), dir_.string() + "/pkg/__pycache__/mod.pystm-311.opt-1.pyc");
  EXPECT_EQ(bytecode_cache_path(src, 2), dir_.string() + "/pkg/__pycache__/mod.pystm-311.opt-2.pyc");
  configure_bytecode_cache({"/prefix", "/user", false});
  EXPECT_EQ(bytecode_cache_path(src, 0), "/prefix" + dir_.string() + "/pkg/mod.pystm-311.pyc");
  configure_bytecode_cache({"", "/user/cache", true});
  EXPECT_EQ(bytecode_cache_path(src, 0), "/user/cache" + dir_.string() + "/pkg/mod.pystm-311.pyc");
  configure_bytecode_cache({"", "", true});  // no usable directory: no cache
  EXPECT_EQ(bytecode_cache_path(src, 0), "");
}

TEST_F(BytecodeCacheTest, AcceptsOnlyTheSameStampAndLevel) {
  SourceStamp stamp{1700000000123456789, 42};
  std::string file = make_cache_file(stamp, 0, small_unit());
  auto back = read_cache_file(file, stamp, 0, "m.py");
  ASSERT_TRUE(back);
  EXPECT_EQ(back->consts[0].literal.text, "hello");
  EXPECT_FALSE(read_cache_file(file, {stamp.mtime_ns + 1, 42}, 0, "m.py"));
  EXPECT_FALSE(read_cache_file(file, {stamp.mtime_ns, 43}, 0, "m.py"));
  EXPECT_FALSE(read_cache_file(file, stamp, 1, "m.py"));
  for (size_t n = 0; n < file.size(); ++n)
    EXPECT_FALSE(read_cache_file(file.substr(0, n), stamp, 0, "m.py")) << n;
  for (size_t i = 0; i < file.size(); ++i) {
    std::string bad = file;
    bad[i] = static_cast<char>(bad[i] ^ 0x20);
    EXPECT_FALSE(read_cache_file(bad, stamp, 0, "m.py")) << "flipped byte " << i;
  }
  EXPECT_FALSE(read_cache_file(file + "x", stamp, 0, "m.py"));
  EXPECT_FALSE(read_cache_file("", stamp, 0, "m.py"));
}

TEST_F(BytecodeCacheTest, StoresAtomicallyAndLoadsBack) {
  std::string src = dir_.string() + "/m.py";
  SourceStamp stamp{5, 7};
  EXPECT_FALSE(load_cached_code(src, stamp, 0));
  ASSERT_TRUE(store_cached_code(src, stamp, 0, small_unit()));
  std::string cache = bytecode_cache_path(src, 0);
  EXPECT_TRUE(std::filesystem::is_regular_file(cache));
  // Only the cache file is left behind (no temporary files).
  int entries = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir_ / "__pycache__")) ++entries;
  EXPECT_EQ(entries, 1);
  auto back = load_cached_code(src, stamp, 0);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->filename, src);
  EXPECT_FALSE(load_cached_code(src, {6, 7}, 0));
  // A corrupt file is refused, and storing replaces it.
  { std::ofstream(cache, std::ios::binary | std::ios::trunc) << "pystmBC\ngarbage"; }
  EXPECT_FALSE(load_cached_code(src, stamp, 0));
  ASSERT_TRUE(store_cached_code(src, stamp, 0, small_unit()));
  EXPECT_TRUE(load_cached_code(src, stamp, 0));
  // A directory where the file should be is foreign too; writes fail quietly.
  std::filesystem::remove(cache);
  std::filesystem::create_directory(cache);
  EXPECT_FALSE(load_cached_code(src, stamp, 0));
  EXPECT_FALSE(store_cached_code(src, stamp, 0, small_unit()));
}

}  // namespace
}  // namespace pystm
