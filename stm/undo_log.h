// stm/undo_log.h — the write set of a transaction with the backup copy of each
// written object, in malloc'd chunks reused from one transaction to the next.
// Owns: backup storage. Must never: hold two entries for one object in one
// transaction (the write barrier flag guarantees the slow path runs once);
// reuse chunks it has traded away.
//
// A small transaction whose log entry keeps old bytes (stm/commit_log.h)
// keeps the backups themselves, not copies: it trades the chunks they lie in
// for the chunks of an entry nobody reads any more (trade_backups).
//
// Invariant: for entry e with e.backup != null, e.backup holds the e.size
// bytes the object had when the transaction first wrote it (header included).
// Inevitable transactions never abort: they keep entries without backups,
// except for objects whose commits publish their changed bytes.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "gc/heap.h"
#include "stm/backup_arena.h"

namespace pystm::stm {

struct UndoEntry {
  gc::ObjectHeader* object;  // canonical reference
  void* backup;              // null in inevitable transactions
  size_t size;               // the object's size (also without a backup)
};

class UndoLog {
 public:
  UndoLog() = default;
  ~UndoLog();
  UndoLog(const UndoLog&) = delete;
  UndoLog& operator=(const UndoLog&) = delete;

  // Records `object` (canonical) and copies its current bytes from `bytes`
  // (the object in the writer's segment).
  void record(gc::ObjectHeader* object, const void* bytes, size_t size);
  // Records `object` without a backup.
  void record_without_backup(gc::ObjectHeader* object, size_t size);
  // Drops the backups but keeps the entries (the transaction became
  // inevitable), except the backups whose object `keep` returns true for.
  void drop_backups_except(bool (*keep)(const gc::ObjectHeader* backup));
  // Copies every backup back over its object, `view_delta` bytes from its
  // canonical address (the writer's segment).
  void restore_all(uintptr_t view_delta);
  // A copy of `size` bytes at `bytes` in backup memory, kept like a backup
  // (the old bytes of an object written without one).
  const void* copy_into_backups(const void* bytes, size_t size) { return backups_.copy(bytes, size); }
  // Whether the backups fill more than one chunk (a large transaction).
  bool backups_span_chunks() const { return backups_.spans_chunks(); }
  // Hands the chunks holding this transaction's backups to `keeper` (a log
  // entry keeping some of them as old bytes) and takes keeper's chunks, whose
  // bytes nobody reads any more, for the next transactions. The backups stay
  // where they are: entries() still points at them until clear().
  void trade_backups(BackupArena& keeper) { backups_.trade(keeper); }
  // Whether keeper has the chunks to give back for that.
  bool can_trade_backups(const BackupArena& keeper) const { return backups_.can_trade_with(keeper); }
  // Forgets everything; keeps a little memory for the next transaction.
  void clear();

  const std::vector<UndoEntry>& entries() const { return entries_; }
  // Every object and every pointer-aligned word inside every backup.
  void visit_references(gc::Visitor& visitor) const;

 private:
  std::vector<UndoEntry> entries_;
  BackupArena backups_;
};

}  // namespace pystm::stm
