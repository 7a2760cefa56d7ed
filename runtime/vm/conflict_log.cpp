// runtime/vm/conflict_log.cpp — the conflict log and the delivery of STM
// records to Python (see the header).
#include "runtime/vm/conflict_log.h"

#include <array>
#include <atomic>
#include <cstdio>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "runtime/objects/code_object.h"
#include "runtime/objects/frame_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/vm/conflict_reports.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/source_runner.h"
#include "runtime/vm/thread_state.h"
#include "runtime/vm/transaction_restart.h"
#include "stm/conflict.h"

namespace pystm {

namespace {

// The starts of a thread's last transactions, by location serial: the
// other side of a conflict committed recently, so its start is still here.
struct TraceRing {
  static constexpr size_t kSize = 32;
  std::mutex mutex;
  std::array<uint64_t, kSize> serials{};
  std::array<std::string, kSize> tracebacks;

  void put(uint64_t serial, std::string traceback) {
    std::lock_guard<std::mutex> lock(mutex);
    serials[serial % kSize] = serial;
    tracebacks[serial % kSize] = std::move(traceback);
  }
  std::string get(uint64_t serial) {
    std::lock_guard<std::mutex> lock(mutex);
    if (serial == 0 || serials[serial % kSize] != serial) return {};
    return tracebacks[serial % kSize];
  }
};

struct Rings {
  std::mutex mutex;
  std::unordered_map<uint64_t, std::shared_ptr<TraceRing>> by_thread;  // stm::thread_id()
};
Rings& rings() {
  static Rings* r = new Rings();  // never destroyed: threads may outlive static destruction
  return *r;
}

struct PendingConflict {
  stm::ConflictRecord record;
  std::string traceback, other_traceback;
  bool logged = false;  // written to the log file already
};

thread_local std::shared_ptr<TraceRing> tls_ring;
thread_local uint64_t tls_serial = 0;
thread_local std::vector<PendingConflict> tls_pending;

std::atomic<bool> g_python_tracing{false};
std::atomic<bool> g_log_open{false};
std::mutex g_log_mutex;
std::FILE* g_log = nullptr;
std::once_flag g_hook_once;

std::shared_ptr<TraceRing> ring_of(uint64_t thread) {
  std::lock_guard<std::mutex> lock(rings().mutex);
  auto it = rings().by_thread.find(thread);
  return it == rings().by_thread.end() ? nullptr : it->second;
}

// The STM's hook, on the victim's thread with no STM lock held and possibly
// no transaction running: copies what it needs, touches no heap object.
void collect(const stm::ConflictRecord& record, void*) {
  if (!conflict_tracing()) return;
  PendingConflict p{record, {}, {}, false};
  if (tls_ring) p.traceback = tls_ring->get(record.victim_location);
  if (record.other_thread != 0)
    if (std::shared_ptr<TraceRing> other = ring_of(record.other_thread)) p.other_traceback = other->get(record.other_location);
  tls_pending.push_back(std::move(p));
}

void start_tracing() {
  std::call_once(g_hook_once, [] { stm::add_conflict_hook(collect, nullptr); });
}

// Outermost frame first, as Python prints tracebacks; at most kDepth frames.
std::string traceback_text(FrameObject* frame) {
  constexpr int kDepth = 8;
  std::vector<std::string> lines;
  for (FrameObject* f = frame; f != nullptr && static_cast<int>(lines.size()) < kDepth; f = stm::read(f)->back) {
    const CodeObject* c = stm::view(stm::read(f)->code);
    lines.push_back("  File \"" + str_to_utf8(c->filename) + "\", line " + std::to_string(frame_current_line(f)) +
                    ", in " + str_to_utf8(c->name) + "\n");
  }
  std::string text;
  for (auto it = lines.rbegin(); it != lines.rend(); ++it) text += *it;
  return text;
}

void put_u32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>(v >> (8 * i)));
}
void put_u64(std::string& out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>(v >> (8 * i)));
}
void put_text(std::string& out, const std::string& text) {
  put_u32(out, static_cast<uint32_t>(text.size()));
  out += text;
}

// One record of the format documented in docs/STM.md.
std::string encode(const PendingConflict& p) {
  std::string out;
  out.push_back(static_cast<char>(p.record.kind));
  out.push_back(static_cast<char>(p.record.aborted ? 1 : 0));
  put_u64(out, p.record.time_lost_ns);
  put_u64(out, p.record.victim_thread);
  put_u64(out, p.record.other_thread);
  put_u64(out, reinterpret_cast<uintptr_t>(p.record.object));
  put_text(out, p.traceback);
  put_text(out, p.other_traceback);
  return out;
}

}  // namespace

bool open_conflict_log(const std::string& path) {
  std::lock_guard<std::mutex> lock(g_log_mutex);
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return false;
  static const char kMagic[8] = {'P', 'Y', 'S', 'T', 'M', 'L', 'O', 'G'};
  std::string header(kMagic, sizeof kMagic);
  put_u32(header, 1);  // format version
  std::fwrite(header.data(), 1, header.size(), f);
  g_log = f;
  g_log_open.store(true, std::memory_order_release);
  start_tracing();
  return true;
}

void close_conflict_log() {
  std::lock_guard<std::mutex> lock(g_log_mutex);
  if (g_log == nullptr) return;
  std::fclose(g_log);
  g_log = nullptr;
  g_log_open.store(false, std::memory_order_release);
}

void set_python_conflict_tracing(bool on) {
  g_python_tracing.store(on, std::memory_order_release);
  if (on) start_tracing();
}

bool conflict_tracing() {
  return g_python_tracing.load(std::memory_order_relaxed) || g_log_open.load(std::memory_order_relaxed);
}

uint64_t next_traced_location() { return ++tls_serial; }

void note_transaction_begin(uint64_t location, FrameObject* frame) {
  if (!tls_ring) {
    tls_ring = std::make_shared<TraceRing>();
    std::lock_guard<std::mutex> lock(rings().mutex);
    rings().by_thread[stm::thread_id()] = tls_ring;
  }
  tls_ring->put(location, traceback_text(frame));
}

void deliver_conflicts(ThreadState& ts) {
  if (tls_pending.empty()) return;
  std::vector<PendingConflict> pending = std::move(tls_pending);
  tls_pending.clear();
  {
    std::lock_guard<std::mutex> lock(g_log_mutex);
    if (g_log != nullptr) {
      for (PendingConflict& p : pending) {
        if (p.logged) continue;
        std::string bytes = encode(p);
        std::fwrite(bytes.data(), 1, bytes.size(), g_log);
        p.logged = true;
      }
      std::fflush(g_log);
    }
  }
  if (!g_python_tracing.load(std::memory_order_acquire)) return;
  // The hook's effects must not be undone by a later abort of this
  // transaction (the records would be lost).
  if (!enter_inevitable(ts).ok()) {
    // Aborted instead: the records wait for the next boundary.
    tls_pending = std::move(pending);
    return;
  }
  for (const PendingConflict& p : pending) {
    if (p.record.kind == stm::ConflictKind::kLock) continue;  // report_lock_wait called the hook itself
    if (!call_conflict_hook(ts, p.record, Value(), p.traceback, p.other_traceback).ok()) {
      print_ignored_exception(ts, "conflict hook", conflict_hook());
      clear_pending_exception(ts);
    }
  }
}

}  // namespace pystm
