// runtime/objects/file_object.h — file objects returned by the built-in
// open(): text (UTF-8, universal newlines on read) and binary, over C stdio.
// Owns: FileObject and its methods. Must never: do I/O without making the
// running transaction inevitable first (I/O cannot be undone by an abort).
// The complete io stack (_io: FileIO, Buffered*, TextIOWrapper with every
// encoding and newline mode) replaces this with the standard-library issue.
#pragma once
#include <cstdio>

#include "runtime/core/object.h"
#include "runtime/core/result.h"
#include "runtime/objects/builtin_function.h"

namespace pystm {

struct ThreadState;

struct FileObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::File;
  FILE* file;        // null once closed
  Value name;
  Value mode;
  bool text;
  bool readable;
  bool writable;
  void visit_edges(gc::Visitor& v) { visit_value(v, name); visit_value(v, mode); }
};

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)
Result<Value> builtin_open(ThreadState& ts, Value self, CallArgs args);
void init_file_types();

}  // namespace pystm
