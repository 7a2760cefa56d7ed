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

TEST(BackupArenaTest, ASmallFirstChunkDoublesTheArenaWithEachNewChunkUpToAnOrdinaryOne) {
  BackupArena arena(1024);
  arena.allocate(64);
  EXPECT_EQ(arena.reserved_bytes(), 1024u);
  arena.allocate(1024 - 64);  // fills it
  arena.allocate(16);
  EXPECT_EQ(arena.reserved_bytes(), 2048u);  // a second chunk of 1 KiB
  arena.allocate(1024 - 16);
  arena.allocate(16);
  EXPECT_EQ(arena.reserved_bytes(), 4096u);  // then 2 KiB
  while (arena.reserved_bytes() < 4 * kBackupChunkBytes) arena.allocate(1024);
  // Doubling stopped at an ordinary chunk: 1 + 1 + 2 + ... + 32 KiB, then 64 KiB ones.
  EXPECT_EQ(arena.reserved_bytes() % kBackupChunkBytes, 0u);
  size_t before = arena.reserved_bytes();
  arena.reset(1);  // the small chunks are freed; one ordinary chunk stays
  EXPECT_EQ(arena.reserved_bytes(), kBackupChunkBytes);
  EXPECT_GT(before, arena.reserved_bytes());
}

TEST(BackupArenaTest, ATradeNeedsAKeeperWithOrdinaryChunksToGiveBack) {
  BackupArena log;
  log.allocate(64);
  BackupArena fresh;
  EXPECT_FALSE(log.can_trade_with(fresh));
  BackupArena copies(1024);  // an entry that copied old bytes
  copies.allocate(64);
  EXPECT_FALSE(log.can_trade_with(copies));
  BackupArena reused;
  reused.allocate(64);
  reused.reset(1);
  EXPECT_TRUE(log.can_trade_with(reused));
  log.allocate(kBackupChunkBytes);  // two chunks in use now
  EXPECT_FALSE(log.can_trade_with(reused));
}

}  // namespace
}  // namespace pystm::stm::test
