// stdlib/sre/sre_objects.h — the heap objects of _sre: re.Pattern (compiled
// code), re.Match (one match's spans) and _sre.SRE_Scanner (an iteration
// over the matches of one subject), plus the helpers the files of the
// module share.
// Owns: the three layouts and the subject checks of CPython's state_init.
// Must never: keep Python-visible state outside these objects (a Scanner's
// position is in the heap and changes only through stm::write); Pattern and
// Match are immutable after creation.
#pragma once
#include <string>

#include "runtime/core/object.h"
#include "runtime/core/result.h"
#include "runtime/objects/builtin_function.h"
#include "stdlib/sre/sre_engine.h"

namespace pystm {

struct ThreadState;
struct TypeObject;

struct SrePatternObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::SrePattern;
  static constexpr bool kImmutable = true;
  Value pattern;     // the source: str, bytes or None
  Value code;        // bytes: the SRE code as native uint32 words
  Value groupindex;  // dict name -> group number
  Value indexgroup;  // tuple group number -> name or None (or None)
  int64_t flags;
  int64_t groups;    // capturing groups (group 0 excluded)
  int64_t isbytes;   // 1 bytes, 0 str, -1 no source pattern
  void visit_edges(gc::Visitor& v) {
    visit_value(v, pattern); visit_value(v, code); visit_value(v, groupindex); visit_value(v, indexgroup);
  }
  const uint32_t* code_words() const;
  size_t code_size() const;
};

struct SreMatchObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::SreMatch;
  static constexpr bool kImmutable = true;
  Value string;      // the subject
  Value pattern;     // the SrePatternObject
  int64_t pos, endpos;
  int64_t lastindex; // -1: None
  int64_t ngroups;   // groups + 1
  int64_t marks[];   // 2 * ngroups: start, end of each group, -1 when unset
  void visit_edges(gc::Visitor& v) { visit_value(v, string); visit_value(v, pattern); }
};

struct SreScannerObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::SreScanner;
  Value pattern;
  Value string;
  int64_t pos, endpos;   // clamped bounds (immutable)
  int64_t start;         // where the next attempt starts; -1 when exhausted
  bool must_advance;
  void visit_edges(gc::Visitor& v) { visit_value(v, pattern); visit_value(v, string); }
};

extern TypeObject* g_sre_pattern_type;
extern TypeObject* g_sre_match_type;
extern TypeObject* g_sre_scanner_type;

inline SrePatternObject* as_pattern(Value v) { return stm::view(v.as<SrePatternObject>()); }
bool is_sre_pattern(Value v);

// A subject prepared for matching (CPython's state_init): checks the type
// against the pattern, clamps pos/endpos, sizes the marks.
Status sre_state_init(ThreadState& ts, Value pattern, Value string, int64_t pos, int64_t endpos,
                      sre::MatchState* state);
// The slice [begin, end) of the subject as str or bytes.
Value sre_slice(Value string, int64_t begin, int64_t end);
// Group `g` (1-based) of the state as a slice, or `missing` when unset.
Value sre_state_group(const sre::MatchState& state, Value string, int64_t g, Value missing);
// The RuntimeError (or other) CPython raises for an engine status < 0.
Error sre_raise_engine_error(ThreadState& ts, int status);
// A new Match object for a successful state.
Result<Value> sre_new_match(ThreadState& ts, Value pattern, Value string, const sre::MatchState& state,
                            int64_t pos, int64_t endpos);
// A new scanner over string[pos:endpos].
Result<Value> sre_new_scanner(ThreadState& ts, Value pattern, Value string, int64_t pos, int64_t endpos);
// Argument-clinic style binding: positional or keyword parameters `names`,
// the first `required` of them mandatory; out[i] is null when not given.
Status sre_bind_args(ThreadState& ts, const char* fname, CallArgs args, std::initializer_list<const char*> names,
                     size_t required, Value* out);
// An index argument (pos, endpos, count, maxsplit): int or __index__.
Result<int64_t> sre_index_arg(ThreadState& ts, Value v, int64_t default_value);

void init_sre_pattern_type();
void init_sre_match_type();
void init_sre_scanner_type();

}  // namespace pystm
