// tests/unit/stm/backup_arena_test.cpp — bump allocation across chunks,
// what reset keeps, and trading chunks (stm/backup_arena.h).
#include "stm/backup_arena.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <vector>

namespace pystm::stm::test {
namespace {

TEST(BackupArenaTest, BlocksAreAlignedAndKeepTheirBytesAcrossChunks) {
  BackupArena arena;
  std::vector<const void*> blocks;
  uint8_t pattern[100];
  for (size_t i = 0; i < 2000; ++i) {  // ~200 KiB: several chunks
    std::memset(pattern, static_cast<int>(i & 0xFF), sizeof pattern);
    blocks.push_back(arena.copy(pattern, sizeof pattern));
    EXPECT_EQ(reinterpret_cast<uintptr_t>(blocks.back()) % 16, 0u);
  }
  EXPECT_TRUE(arena.spans_chunks());
  for (size_t i = 0; i < blocks.size(); ++i) {
    std::memset(pattern, static_cast<int>(i & 0xFF), sizeof pattern);
    ASSERT_EQ(std::memcmp(blocks[i], pattern, sizeof pattern), 0) << "block " << i;
  }
}

TEST(BackupArenaTest, ResetKeepsOrdinaryChunksOnlyUpToItsCount) {
  BackupArena arena;
  void* first = arena.allocate(64);
  EXPECT_FALSE(arena.spans_chunks());
  void* big = arena.allocate(4 * kBackupChunkBytes);  // a chunk of its own
  EXPECT_TRUE(arena.spans_chunks());
  arena.reset(1);
  EXPECT_FALSE(arena.spans_chunks());
  EXPECT_TRUE(arena.holds(first));
  EXPECT_FALSE(arena.holds(big));  // large chunks are freed
  EXPECT_EQ(arena.allocate(64), first);  // the kept chunk is reused from its start
  arena.reset(0);
  EXPECT_FALSE(arena.holds(first));
}

TEST(BackupArenaTest, TradeHandsOverTheBytesAndTakesTheKeepersChunks) {
  BackupArena log, keeper;
  void* keepers_block = keeper.allocate(64);
  keeper.reset(1);  // its bytes are no longer read: the chunk is free
  const void* backup = log.copy("old bytes", 10);
  log.trade(keeper);
  EXPECT_TRUE(keeper.holds(backup));
  EXPECT_STREQ(static_cast<const char*>(backup), "old bytes");
  EXPECT_FALSE(keeper.holds(keepers_block));
  EXPECT_TRUE(log.holds(keepers_block));
  EXPECT_EQ(log.allocate(16), keepers_block);  // the log writes into the traded chunk
  EXPECT_STREQ(static_cast<const char*>(backup), "old bytes");
  // The keeper is full: a later block takes a chunk of its own.
  const void* later = keeper.allocate(16);
  EXPECT_TRUE(keeper.holds(later));
  EXPECT_NE(later, backup);
  EXPECT_STREQ(static_cast<const char*>(backup), "old bytes");
}

}  // namespace
}  // namespace pystm::stm::test
