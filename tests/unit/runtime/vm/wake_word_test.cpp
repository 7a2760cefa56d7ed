// tests/unit/runtime/vm/wake_word_test.cpp — the futex word lock waiters and
// the main thread's waits sleep on: a bump from another thread ends a wait,
// a deadline ends it without a bump, a wait on a stale value returns at
// once, and a bump from a signal handler ends a wait in the thread the
// signal interrupted (what a condition variable cannot do).
#include <gtest/gtest.h>

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "runtime/vm/wake_word.h"

namespace pystm {
namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

TEST(WakeWord, BumpFromAnotherThreadEndsTheWait) {
  WakeWord word;
  uint32_t seen = word.current();
  std::thread bumper([&] {
    std::this_thread::sleep_for(20ms);
    word.bump();
  });
  while (word.current() == seen) word.wait(seen, std::nullopt);
  EXPECT_NE(word.current(), seen);
  bumper.join();
}

TEST(WakeWord, DeadlineEndsTheWait) {
  WakeWord word;
  auto start = Clock::now();
  auto deadline = start + 30ms;
  while (Clock::now() < deadline) word.wait(word.current(), deadline);
  EXPECT_GE(Clock::now() - start, 30ms);
  EXPECT_LT(Clock::now() - start, 5s);
}

TEST(WakeWord, StaleValueReturnsAtOnce) {
  WakeWord word;
  uint32_t seen = word.current();
  word.bump();
  auto start = Clock::now();
  word.wait(seen, std::nullopt);
  EXPECT_LT(Clock::now() - start, 1s);
}

WakeWord* g_signalled_word = nullptr;
void bump_in_handler(int) { g_signalled_word->bump(); }

TEST(WakeWord, SignalHandlerBumpEndsTheWait) {
  WakeWord word;
  g_signalled_word = &word;
  struct sigaction sa {}, old {};
  sa.sa_handler = bump_in_handler;
  sigemptyset(&sa.sa_mask);
  ASSERT_EQ(sigaction(SIGUSR1, &sa, &old), 0);
  uint32_t seen = word.current();
  pthread_t waiter = pthread_self();
  std::atomic<bool> done{false};
  std::thread signaller([&] {
    // Until the waiter saw the bump (a signal sent before it waits is fine too).
    while (!done.load()) {
      pthread_kill(waiter, SIGUSR1);
      std::this_thread::sleep_for(10ms);
    }
  });
  while (word.current() == seen) word.wait(seen, std::nullopt);
  done = true;
  signaller.join();
  sigaction(SIGUSR1, &old, nullptr);
  EXPECT_NE(word.current(), seen);
}

}  // namespace
}  // namespace pystm
