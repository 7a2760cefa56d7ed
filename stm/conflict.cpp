// stm/conflict.cpp — the conflict-hook registry.
// Must never: hold the registry lock while a hook runs.
#include "stm/conflict.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <vector>

namespace pystm::stm {

namespace {
struct Hook {
  ConflictHookFn fn;
  void* context;
};
std::mutex g_mutex;
std::vector<Hook>* g_hooks = new std::vector<Hook>;  // never destroyed: threads may report at exit
std::atomic<int> g_hook_count{0};
std::atomic<uint64_t> g_next_thread_id{1};
thread_local uint64_t tls_thread_id = 0;
}  // namespace

const char* conflict_kind_name(ConflictKind kind) {
  switch (kind) {
    case ConflictKind::kWriteWrite: return "write-write";
    case ConflictKind::kReadWrite: return "read-write";
    case ConflictKind::kInevitable: return "inevitable";
    case ConflictKind::kLock: return "lock";
  }
  return "?";
}

void add_conflict_hook(ConflictHookFn fn, void* context) {
  std::lock_guard<std::mutex> lock(g_mutex);
  g_hooks->push_back({fn, context});
  g_hook_count.store(static_cast<int>(g_hooks->size()), std::memory_order_release);
}

void remove_conflict_hook(ConflictHookFn fn, void* context) {
  std::lock_guard<std::mutex> lock(g_mutex);
  auto& v = *g_hooks;
  v.erase(std::remove_if(v.begin(), v.end(), [&](const Hook& h) { return h.fn == fn && h.context == context; }), v.end());
  g_hook_count.store(static_cast<int>(v.size()), std::memory_order_release);
}

bool has_conflict_hooks() { return g_hook_count.load(std::memory_order_acquire) > 0; }

void report_conflict(const ConflictRecord& record) {
  std::vector<Hook> hooks;
  {
    std::lock_guard<std::mutex> lock(g_mutex);
    hooks = *g_hooks;
  }
  for (const Hook& h : hooks) h.fn(record, h.context);
}

uint64_t thread_id() {
  if (tls_thread_id == 0) tls_thread_id = g_next_thread_id.fetch_add(1, std::memory_order_relaxed);
  return tls_thread_id;
}

}  // namespace pystm::stm
