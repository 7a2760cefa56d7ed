// tests/unit/gc/stack_bounds_test.cpp — the stack range a collection scans
// for a thread (gc/thread_registry.cpp current_stack_bounds): every frame of
// the thread, from its first one, and not the static TLS that glibc puts at
// the top of a created thread's stack mapping.
#include <gtest/gtest.h>

#include <thread>

#include "gc/heap.h"
#include "gc/thread_registry.h"
#include "tests/unit/gc/test_objects.h"

namespace pystm::gc {
namespace {

using test::hide;
using test::make_words;
using test::reveal;

class StackBoundsTest : public ::testing::Test {
 protected:
  test::TracerScope tracer_;
};

// Big enough that scanning it would show in every collection's pause.
thread_local void* tls_words[8192];

TEST_F(StackBoundsTest, ACreatedThreadsRangeCoversItsFramesNotItsTls) {
  std::thread([] {
    int first_frame_local = 0;
    uintptr_t low = 0, high = 0;
    current_stack_bounds(&low, &high);
    auto local = reinterpret_cast<uintptr_t>(&first_frame_local);
    EXPECT_LT(low, local);
    EXPECT_LT(local, high);
    // The TLS lies above the range (or elsewhere), never inside it.
    auto tls = reinterpret_cast<uintptr_t>(&tls_words[0]);
    EXPECT_FALSE(tls >= low && tls < high) << "TLS at " << tls << " in [" << low << ", " << high << ")";
  }).join();
}

__attribute__((noinline)) bool alive(uintptr_t hidden) { return find_object(reveal(hidden)) == reveal(hidden); }

// An object held only in the thread's first frame survives a collection the
// thread makes from deeper down; one held only in its TLS does not (the TLS
// is no root, in the main thread or any other).
TEST_F(StackBoundsTest, TheFirstFrameIsScannedTheTlsIsNot) {
  std::thread([] {
    register_current_thread();
    ObjectHeader* volatile in_frame = make_words(2);
    uintptr_t in_tls = test::deep([] {
      ObjectHeader* o = make_words(2);
      tls_words[100] = o;
      return hide(o);
    });
    test::collect_clean();
    EXPECT_EQ(find_object(in_frame), in_frame);
    EXPECT_FALSE(alive(in_tls));
    tls_words[100] = nullptr;
    unregister_current_thread();
  }).join();
}

}  // namespace
}  // namespace pystm::gc
