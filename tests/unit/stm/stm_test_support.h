// tests/unit/stm/stm_test_support.h — fixture for the stm tests: the test
// tracer plus an attached thread; helpers that build committed objects.
// Must never: be used outside tests.
#pragma once
#include <gtest/gtest.h>

#include <algorithm>

#include "stm/barrier.h"
#include "stm/transaction.h"
#include "tests/unit/gc/test_objects.h"

namespace pystm::stm::test {

using gc::ObjectHeader;
using gc::test::body;
using gc::test::hide;
using gc::test::reveal;

class StmTest : public ::testing::Test {
 protected:
  // In a binary shared with the runtime's tests, the thread may already be
  // attached and inside the runtime's transaction: commit it for the test
  // and begin a fresh one afterwards.
  void SetUp() override {
    attach();
    outer_transaction_ = in_transaction();
    if (outer_transaction_) commit();
  }
  void TearDown() override {
    if (in_transaction() && !is_inevitable()) abort();
    commit();
    if (outer_transaction_) begin();
    detach();
  }
  bool outer_transaction_ = false;
  gc::test::TracerScope tracer_;
};

// For tests with a second thread: at least two segments may be held at once.
class MultiSegmentStmTest : public StmTest {
 protected:
  void SetUp() override {
    StmTest::SetUp();
    old_limit_ = segment_limit();
    set_segment_limit(std::max(old_limit_, 2));
  }
  void TearDown() override {
    set_segment_limit(old_limit_);
    StmTest::TearDown();
  }
  int old_limit_ = 0;
};

inline ObjectHeader* new_words(size_t words) {
  return stm::allocate(sizeof(ObjectHeader) + words * sizeof(void*), gc::test::kWordsKind);
}

// An object committed by a finished transaction (its write barrier armed).
inline ObjectHeader* committed_words(size_t words) {
  begin();
  ObjectHeader* o = new_words(words);
  commit();
  return o;
}

// The flag as the calling thread's segment sees it.
inline bool flag_set(ObjectHeader* o) { return view(o)->flags.load() & kWriteBarrierFlag; }

inline ReadVersion marker_of(const void* ref) {
  const SegmentView& s = tls_segment;
  return s.read_markers[(reinterpret_cast<uintptr_t>(ref) >> 4) - s.marker_bias];
}

}  // namespace pystm::stm::test
