// stdlib/sre/sre_engine.h — the SRE matcher: runs validated SRE code (the
// opcode lists re/_compiler.py of CPython 3.11 produces) over a subject.
// Owns: match/search of one pattern at one start position, with CPython's
// rules for groups (marks, lastmark, lastindex), zero-width repeats and the
// "must advance" rule of finditer/sub/split. Must never: recurse on the C++
// stack per subject character (backtracking state is an explicit stack in
// malloc memory: transient matcher state, never Python-visible), touch the
// heap, or read outside the code array (run validate_code first).
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace pystm::sre {

// The subject: code points at a fixed width (1: bytes or Latin-1 str, 4: UCS-4).
struct Subject {
  const void* data = nullptr;
  int width = 1;
  int64_t length = 0;
};

enum Status : int {
  kNoMatch = 0,
  kMatched = 1,
  kErrorIllegal = -1,   // an opcode the engine does not know (RuntimeError)
  kErrorState = -2,     // MAX_UNTIL/MIN_UNTIL outside a REPEAT (RuntimeError)
};

// Answers of the character sets of a pattern over one-byte subjects, kept
// for one state's searches (findall runs many): a set evaluated often is
// turned into a 256-bit table. Direct-mapped by the set's code offset.
struct CharsetTables {
  static constexpr int kSlots = 8;
  static constexpr uint32_t kBuildAfter = 1024;  // evaluations before a table pays for itself
  struct Slot {
    size_t set = 0;  // 0: empty (a set never starts at offset 0)
    uint32_t uses = 0;
    bool built = false;
    uint64_t bits[4];
  };
  Slot slots[kSlots];
};

// One matching state: the bounds of the attempt and its results.
// Positions are code-point offsets into the subject; -1 is "unset".
struct MatchState {
  Subject subject;
  int64_t end = 0;            // endpos: matching never reads at or after it
  int64_t start = 0;          // in: where to start; out: where the match starts
  int64_t ptr = 0;            // out: where the match ends
  bool must_advance = false;  // an empty match at `start` is not allowed
  bool match_all = false;     // fullmatch: the match must end at `end`
  std::vector<int64_t> marks; // 2 * groups + 2 entries (validated code may mark one past the groups)
  int lastmark = -1;
  int lastindex = -1;
  CharsetTables charsets;     // engine scratch: depends only on the code, kept across searches

  void reset() { lastmark = lastindex = -1; }
};

// The span of group g (1-based) after a successful match, read from the
// marks as CPython's pattern_new_match does; false when it did not take part.
inline bool group_span(const MatchState& st, int64_t g, int64_t* begin, int64_t* end) {
  int64_t j = 2 * (g - 1);
  if (j + 1 > st.lastmark || st.marks[j] < 0 || st.marks[j + 1] < 0) return false;
  *begin = st.marks[j];
  *end = st.marks[j + 1];
  return true;
}

// Anchored match at state.start (toplevel rules apply). Returns a Status.
int match(const uint32_t* code, size_t size, MatchState& state);
// First match at or after state.start. Returns a Status.
int search(const uint32_t* code, size_t size, MatchState& state);
// CPython's _validate: true when `code` is well formed for `groups` groups
// (every skip stays inside its block, every operand is in range).
bool validate_code(const uint32_t* code, size_t size, int64_t groups);

}  // namespace pystm::sre
