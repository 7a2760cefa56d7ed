// stdlib/sre/sre_engine.cpp — see sre_engine.h. The matcher is a loop over an
// explicit stack of contexts: entering a sub-pattern pushes a context and
// jumps to `entrance`; returning pops it and resumes the parent at the label
// its `jump` names (the structure of CPython's sre_lib.h, so that group
// marks are saved and restored at exactly the same points).
// Invariant: a context is only reached through frames[fi] (the vector may
// grow), and data/mark pushes are balanced on every non-error path.
#include "stdlib/sre/sre_engine.h"

#include <algorithm>
#include <limits>
#include <memory>

#include "stdlib/sre/sre_chars.h"
#include "stdlib/sre/sre_constants.h"

namespace pystm::sre {

namespace {

constexpr int64_t kNoPtr = std::numeric_limits<int64_t>::min();

// Where a finished child context resumes its parent.
enum Jump : uint8_t {
  kJumpNone, kJumpMaxUntil1, kJumpMaxUntil2, kJumpMaxUntil3, kJumpMinUntil1, kJumpMinUntil2,
  kJumpMinUntil3, kJumpRepeat, kJumpRepeatOne1, kJumpRepeatOne2, kJumpMinRepeatOne, kJumpBranch,
  kJumpAssert, kJumpAssertNot, kJumpPossRepeat1, kJumpPossRepeat2, kJumpAtomicGroup,
};

struct Context {
  size_t pc = 0;         // the code position to resume at
  int64_t ptr = 0;       // the subject position to resume at
  int64_t count = 0;
  int64_t last = 0;      // POSSESSIVE_REPEAT: position before the current iteration
  int lastmark = -1;     // LASTMARK_SAVE
  int lastindex = -1;
  int rep = -1;          // the REPEAT record this context works on
  uint32_t chr = 0;
  Jump jump = kJumpNone;
  bool toplevel = false;
};

// The record a REPEAT creates for its MAX_UNTIL/MIN_UNTIL.
struct Repeat {
  int64_t count;
  size_t pc;             // REPEAT's operands: pc+1 = min, pc+2 = max, pc+3 = item
  int64_t last_ptr;      // zero-width match protection
  int prev;
};

// The backtracking stacks of one match attempt. Each thread keeps one set
// and lends it to its matches one at a time, so a match reuses the capacity
// the previous ones grew instead of growing new vectors from nothing.
struct MatcherStacks {
  std::vector<Context> frames;
  std::vector<int64_t> data;
  std::vector<Repeat> repeats;
  std::vector<int> free_repeats;
  bool lent = false;

  void clear() {
    frames.clear();
    data.clear();
    repeats.clear();
    free_repeats.clear();
  }
};

// Lends the thread's stacks, or fresh ones when they are lent already.
class BorrowedStacks {
 public:
  BorrowedStacks() {
    thread_local MatcherStacks shared;
    if (shared.lent) {
      own_ = std::make_unique<MatcherStacks>();
      stacks_ = own_.get();
    } else {
      stacks_ = &shared;
      shared.clear();
    }
    stacks_->lent = true;
  }
  ~BorrowedStacks() { stacks_->lent = false; }
  BorrowedStacks(const BorrowedStacks&) = delete;
  BorrowedStacks& operator=(const BorrowedStacks&) = delete;
  MatcherStacks& get() { return *stacks_; }

 private:
  MatcherStacks* stacks_;
  std::unique_ptr<MatcherStacks> own_;
};

template <class CharT>
class Matcher {
 public:
  Matcher(const uint32_t* code, MatchState& st, MatcherStacks& stacks)
      : code_(code), st_(st), s_(static_cast<const CharT*>(st.subject.data)), end_(st.end),
        length_(st.subject.length), frames_(stacks.frames), data_(stacks.data), repeats_(stacks.repeats),
        free_repeats_(stacks.free_repeats) {}

  int run(size_t start_pc, bool toplevel);
  int search();

 private:
  uint32_t char_at(int64_t p) const { return p >= 0 && p < length_ ? static_cast<uint32_t>(s_[p]) : 0; }
  bool charset(size_t set, uint32_t ch) const;
  bool charset_eval(size_t set, uint32_t ch) const;
  bool charset_loc_ignore(size_t set, uint32_t ch) const {
    uint32_t lo = lower_locale(ch);
    if (charset(set, lo)) return true;
    uint32_t up = upper_locale(ch);
    return up != lo && charset(set, up);
  }
  static bool char_loc_ignore(uint32_t pattern, uint32_t ch) {
    return ch == pattern || lower_locale(ch) == pattern || upper_locale(ch) == pattern;
  }
  bool at(int64_t ptr, uint32_t atcode) const;
  int64_t count(size_t pc, uint32_t maxcount);

  void mark_push(int lastmark) {
    if (lastmark >= 0) data_.insert(data_.end(), st_.marks.begin(), st_.marks.begin() + lastmark + 1);
  }
  void mark_pop_keep(int lastmark) {
    if (lastmark >= 0) std::copy(data_.end() - (lastmark + 1), data_.end(), st_.marks.begin());
  }
  void mark_pop_discard(int lastmark) {
    if (lastmark >= 0) data_.resize(data_.size() - (lastmark + 1));
  }
  void mark_pop(int lastmark) {
    mark_pop_keep(lastmark);
    mark_pop_discard(lastmark);
  }
  int new_repeat() {
    if (!free_repeats_.empty()) {
      int r = free_repeats_.back();
      free_repeats_.pop_back();
      return r;
    }
    repeats_.push_back(Repeat{});
    return static_cast<int>(repeats_.size() - 1);
  }

  const uint32_t* code_;
  MatchState& st_;
  const CharT* s_;
  int64_t end_;
  int64_t length_;
  int repeat_ = -1;  // the innermost active REPEAT record (state->repeat)
  std::vector<Context>& frames_;
  std::vector<int64_t>& data_;
  std::vector<Repeat>& repeats_;
  std::vector<int>& free_repeats_;
};

// charset_eval, answered from a table once the set has been evaluated
// often in this state (one-byte subjects; a character above 255, which
// case folding can make, is always evaluated).
template <class CharT>
bool Matcher<CharT>::charset(size_t set, uint32_t ch) const {
  if constexpr (sizeof(CharT) == 1) {
    if (ch < 256) {
      CharsetTables::Slot& slot = st_.charsets.slots[set & (CharsetTables::kSlots - 1)];
      if (slot.set != set) {
        slot.set = set;
        slot.uses = 0;
        slot.built = false;
      }
      if (!slot.built && ++slot.uses >= CharsetTables::kBuildAfter) {
        for (auto& word : slot.bits) word = 0;
        for (uint32_t c = 0; c < 256; ++c)
          if (charset_eval(set, c)) slot.bits[c >> 6] |= uint64_t{1} << (c & 63);
        slot.built = true;
      }
      if (slot.built) return (slot.bits[ch >> 6] >> (ch & 63)) & 1;
    }
  }
  return charset_eval(set, ch);
}

template <class CharT>
bool Matcher<CharT>::charset_eval(size_t set, uint32_t ch) const {
  bool ok = true;
  for (;;) {
    switch (code_[set++]) {
      case kFailure:
        return !ok;
      case kLiteral:
        if (ch == code_[set]) return ok;
        set++;
        break;
      case kCategory:
        if (category_matches(code_[set], ch)) return ok;
        set++;
        break;
      case kCharset:
        if (ch < 256 && (code_[set + ch / 32] & (1u << (ch & 31)))) return ok;
        set += 8;
        break;
      case kRange:
        if (code_[set] <= ch && ch <= code_[set + 1]) return ok;
        set += 2;
        break;
      case kRangeUniIgnore: {
        if (code_[set] <= ch && ch <= code_[set + 1]) return ok;
        uint32_t up = upper_unicode(ch);
        if (code_[set] <= up && up <= code_[set + 1]) return ok;
        set += 2;
        break;
      }
      case kNegate:
        ok = !ok;
        break;
      case kBigCharset: {
        uint32_t blocks = code_[set++];
        int block = -1;
        if (ch < 0x10000u) block = reinterpret_cast<const uint8_t*>(code_ + set)[ch >> 8];
        set += 64;
        if (block >= 0 && (code_[set + (block * 256 + (ch & 255)) / 32] & (1u << (ch & 31)))) return ok;
        set += static_cast<size_t>(blocks) * 8;
        break;
      }
      default:
        return false;  // unreachable for validated code
    }
  }
}

template <class CharT>
bool Matcher<CharT>::at(int64_t ptr, uint32_t atcode) const {
  bool thisp, thatp;
  switch (atcode) {
    case kAtBeginning:
    case kAtBeginningString:
      return ptr == 0;
    case kAtBeginningLine:
      return ptr == 0 || char_at(ptr - 1) == '\n';
    case kAtEnd:
      return (ptr + 1 == end_ && char_at(ptr) == '\n') || ptr == end_;
    case kAtEndLine:
      return ptr == end_ || char_at(ptr) == '\n';
    case kAtEndString:
      return ptr == end_;
    case kAtBoundary:
    case kAtNonBoundary:
    case kAtLocBoundary:
    case kAtLocNonBoundary:
    case kAtUniBoundary:
    case kAtUniNonBoundary: {
      if (end_ == 0) return false;
      auto word = [atcode](uint32_t c) {
        if (atcode == kAtBoundary || atcode == kAtNonBoundary) return is_ascii_word(c);
        if (atcode == kAtLocBoundary || atcode == kAtLocNonBoundary) return is_locale_word(c);
        return is_unicode_word(c);
      };
      thatp = ptr > 0 && word(char_at(ptr - 1));
      thisp = ptr < end_ && word(char_at(ptr));
      bool boundary = atcode == kAtBoundary || atcode == kAtLocBoundary || atcode == kAtUniBoundary;
      return boundary ? thisp != thatp : thisp == thatp;
    }
    default:
      return false;
  }
}

// How many times (up to maxcount) the single-character item at pc matches
// from st_.ptr; negative on error.
template <class CharT>
int64_t Matcher<CharT>::count(size_t pc, uint32_t maxcount) {
  int64_t start = st_.ptr;
  int64_t ptr = start;
  int64_t end = end_;
  if (ptr >= end) return 0;
  if (maxcount != kMaxRepeat && static_cast<int64_t>(maxcount) < end - ptr) end = ptr + maxcount;
  uint32_t chr = code_[pc + 1];
  switch (code_[pc]) {
    case kIn:
      while (ptr < end && charset(pc + 2, s_[ptr])) ptr++;
      break;
    case kAny:
      while (ptr < end && s_[ptr] != '\n') ptr++;
      break;
    case kAnyAll:
      ptr = end;
      break;
    case kLiteral:
      while (ptr < end && static_cast<uint32_t>(s_[ptr]) == chr) ptr++;
      break;
    case kLiteralIgnore:
      while (ptr < end && lower_ascii(s_[ptr]) == chr) ptr++;
      break;
    case kLiteralUniIgnore:
      while (ptr < end && lower_unicode(s_[ptr]) == chr) ptr++;
      break;
    case kLiteralLocIgnore:
      while (ptr < end && char_loc_ignore(chr, s_[ptr])) ptr++;
      break;
    case kNotLiteral:
      while (ptr < end && static_cast<uint32_t>(s_[ptr]) != chr) ptr++;
      break;
    case kNotLiteralIgnore:
      while (ptr < end && lower_ascii(s_[ptr]) != chr) ptr++;
      break;
    case kNotLiteralUniIgnore:
      while (ptr < end && lower_unicode(s_[ptr]) != chr) ptr++;
      break;
    case kNotLiteralLocIgnore:
      while (ptr < end && !char_loc_ignore(chr, s_[ptr])) ptr++;
      break;
    default:
      // Any other item: run it once per character (a loop, not recursion
      // per character); stop when it fails or does not advance.
      while (st_.ptr < end) {
        int64_t before = st_.ptr;
        int r = run(pc, false);
        if (r < 0) return r;
        if (r == 0 || st_.ptr <= before) {
          st_.ptr = std::max(st_.ptr, before);
          break;
        }
      }
      ptr = std::min(st_.ptr, end);
      st_.ptr = start;
      return ptr - start;
  }
  return ptr - start;
}

#define F (frames_[fi])
#define R (repeats_[F.rep])
#define RETURN(v) do { ret = (v); goto exit_context; } while (0)
#define RETURN_FAILURE RETURN(kNoMatch)
#define RETURN_SUCCESS RETURN(kMatched)
#define RETURN_ON_ERROR(r) do { if ((r) < 0) RETURN(r); } while (0)
#define LASTMARK_SAVE() do { F.lastmark = st_.lastmark; F.lastindex = st_.lastindex; } while (0)
#define LASTMARK_RESTORE() do { st_.lastmark = F.lastmark; st_.lastindex = F.lastindex; } while (0)
// Runs the sub-pattern at `next` in a new context; resumes at `label` with
// pc, ptr restored and the child's result in `ret`.
#define DO_JUMP(kind, label, next, top)                 \
  do {                                                  \
    F.pc = pc;                                          \
    F.ptr = ptr;                                        \
    bool top_ = (top);                                  \
    size_t next_ = (next);                              \
    frames_.emplace_back();                             \
    fi = frames_.size() - 1;                            \
    F.pc = next_;                                       \
    F.toplevel = top_;                                  \
    F.jump = (kind);                                    \
    goto entrance;                                      \
  } while (0);                                          \
  label:

template <class CharT>
int Matcher<CharT>::run(size_t start_pc, bool toplevel) {
  const size_t base = frames_.size();
  size_t fi;
  size_t pc;
  int64_t ptr;
  int64_t ret = 0;
  int64_t i, j;
  uint32_t op;
  frames_.emplace_back();
  fi = frames_.size() - 1;
  F.pc = start_pc;
  F.toplevel = toplevel;

entrance:
  pc = F.pc;
  ptr = st_.ptr;
  if (code_[pc] == kInfo) {
    // <INFO> <1=skip> <2=flags> <3=min> ...: too short to match at all?
    if (code_[pc + 3] && static_cast<uint64_t>(end_ - ptr) < code_[pc + 3]) RETURN_FAILURE;
    pc += code_[pc + 1] + 1;
  }

  for (;;) {
    op = code_[pc++];
    switch (op) {
      case kMark:
        i = code_[pc];
        if (i & 1) st_.lastindex = static_cast<int>(i / 2 + 1);
        if (i > st_.lastmark) {
          j = st_.lastmark + 1;
          while (j < i) st_.marks[j++] = -1;
          st_.lastmark = static_cast<int>(i);
        }
        st_.marks[i] = ptr;
        pc++;
        break;

      case kLiteral:
        if (ptr >= end_ || static_cast<uint32_t>(s_[ptr]) != code_[pc]) RETURN_FAILURE;
        pc++, ptr++;
        break;
      case kNotLiteral:
        if (ptr >= end_ || static_cast<uint32_t>(s_[ptr]) == code_[pc]) RETURN_FAILURE;
        pc++, ptr++;
        break;
      case kLiteralIgnore:
        if (ptr >= end_ || lower_ascii(s_[ptr]) != code_[pc]) RETURN_FAILURE;
        pc++, ptr++;
        break;
      case kNotLiteralIgnore:
        if (ptr >= end_ || lower_ascii(s_[ptr]) == code_[pc]) RETURN_FAILURE;
        pc++, ptr++;
        break;
      case kLiteralUniIgnore:
        if (ptr >= end_ || lower_unicode(s_[ptr]) != code_[pc]) RETURN_FAILURE;
        pc++, ptr++;
        break;
      case kNotLiteralUniIgnore:
        if (ptr >= end_ || lower_unicode(s_[ptr]) == code_[pc]) RETURN_FAILURE;
        pc++, ptr++;
        break;
      case kLiteralLocIgnore:
        if (ptr >= end_ || !char_loc_ignore(code_[pc], s_[ptr])) RETURN_FAILURE;
        pc++, ptr++;
        break;
      case kNotLiteralLocIgnore:
        if (ptr >= end_ || char_loc_ignore(code_[pc], s_[ptr])) RETURN_FAILURE;
        pc++, ptr++;
        break;

      case kSuccess:
        if (F.toplevel && ((st_.match_all && ptr != end_) || (st_.must_advance && ptr == st_.start)))
          RETURN_FAILURE;
        st_.ptr = ptr;
        RETURN_SUCCESS;

      case kAt:
        if (!at(ptr, code_[pc])) RETURN_FAILURE;
        pc++;
        break;

      case kCategory:
        if (ptr >= end_ || !category_matches(code_[pc], s_[ptr])) RETURN_FAILURE;
        pc++, ptr++;
        break;

      case kAny:
        if (ptr >= end_ || s_[ptr] == '\n') RETURN_FAILURE;
        ptr++;
        break;
      case kAnyAll:
        if (ptr >= end_) RETURN_FAILURE;
        ptr++;
        break;

      case kIn:
        if (ptr >= end_ || !charset(pc + 1, s_[ptr])) RETURN_FAILURE;
        pc += code_[pc];
        ptr++;
        break;
      case kInIgnore:
        if (ptr >= end_ || !charset(pc + 1, lower_ascii(s_[ptr]))) RETURN_FAILURE;
        pc += code_[pc];
        ptr++;
        break;
      case kInUniIgnore:
        if (ptr >= end_ || !charset(pc + 1, lower_unicode(s_[ptr]))) RETURN_FAILURE;
        pc += code_[pc];
        ptr++;
        break;
      case kInLocIgnore:
        if (ptr >= end_ || !charset_loc_ignore(pc + 1, s_[ptr])) RETURN_FAILURE;
        pc += code_[pc];
        ptr++;
        break;

      case kJump:
      case kInfo:
        pc += code_[pc];
        break;

      case kBranch:
        // <BRANCH> <0=skip> code <JUMP> ... <NULL>
        LASTMARK_SAVE();
        if (repeat_ >= 0) mark_push(F.lastmark);
        for (; code_[pc]; pc += code_[pc]) {
          if (code_[pc + 1] == kLiteral && (ptr >= end_ || static_cast<uint32_t>(s_[ptr]) != code_[pc + 2]))
            continue;
          if (code_[pc + 1] == kIn && (ptr >= end_ || !charset(pc + 3, s_[ptr]))) continue;
          st_.ptr = ptr;
          DO_JUMP(kJumpBranch, jump_branch, pc + 1, F.toplevel);
          if (ret) {
            if (repeat_ >= 0) mark_pop_discard(F.lastmark);
            RETURN_ON_ERROR(ret);
            RETURN_SUCCESS;
          }
          if (repeat_ >= 0) mark_pop_keep(F.lastmark);
          LASTMARK_RESTORE();
        }
        if (repeat_ >= 0) mark_pop_discard(F.lastmark);
        RETURN_FAILURE;

      case kRepeatOne:
        // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
        if (static_cast<int64_t>(code_[pc + 1]) > end_ - ptr) RETURN_FAILURE;
        st_.ptr = ptr;
        ret = count(pc + 3, code_[pc + 2]);
        RETURN_ON_ERROR(ret);
        F.count = ret;
        ptr += F.count;
        if (F.count < static_cast<int64_t>(code_[pc + 1])) RETURN_FAILURE;
        if (code_[pc + code_[pc]] == kSuccess && ptr == end_ &&
            !(F.toplevel && st_.must_advance && ptr == st_.start)) {
          st_.ptr = ptr;
          RETURN_SUCCESS;
        }
        LASTMARK_SAVE();
        if (repeat_ >= 0) mark_push(F.lastmark);
        if (code_[pc + code_[pc]] == kLiteral) {
          // The tail starts with a literal: skip positions where it cannot match.
          F.chr = code_[pc + code_[pc] + 1];
          for (;;) {
            while (F.count >= static_cast<int64_t>(code_[pc + 1]) &&
                   (ptr >= end_ || static_cast<uint32_t>(s_[ptr]) != F.chr)) {
              ptr--;
              F.count--;
            }
            if (F.count < static_cast<int64_t>(code_[pc + 1])) break;
            st_.ptr = ptr;
            DO_JUMP(kJumpRepeatOne1, jump_repeat_one_1, pc + code_[pc], F.toplevel);
            if (ret) {
              if (repeat_ >= 0) mark_pop_discard(F.lastmark);
              RETURN_ON_ERROR(ret);
              RETURN_SUCCESS;
            }
            if (repeat_ >= 0) mark_pop_keep(F.lastmark);
            LASTMARK_RESTORE();
            ptr--;
            F.count--;
          }
        } else {
          while (F.count >= static_cast<int64_t>(code_[pc + 1])) {
            st_.ptr = ptr;
            DO_JUMP(kJumpRepeatOne2, jump_repeat_one_2, pc + code_[pc], F.toplevel);
            if (ret) {
              if (repeat_ >= 0) mark_pop_discard(F.lastmark);
              RETURN_ON_ERROR(ret);
              RETURN_SUCCESS;
            }
            if (repeat_ >= 0) mark_pop_keep(F.lastmark);
            LASTMARK_RESTORE();
            ptr--;
            F.count--;
          }
        }
        if (repeat_ >= 0) mark_pop_discard(F.lastmark);
        RETURN_FAILURE;

      case kMinRepeatOne:
        // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
        if (static_cast<int64_t>(code_[pc + 1]) > end_ - ptr) RETURN_FAILURE;
        st_.ptr = ptr;
        if (code_[pc + 1] == 0) {
          F.count = 0;
        } else {
          ret = count(pc + 3, code_[pc + 1]);
          RETURN_ON_ERROR(ret);
          if (ret < static_cast<int64_t>(code_[pc + 1])) RETURN_FAILURE;
          F.count = ret;
          ptr += F.count;
        }
        if (code_[pc + code_[pc]] == kSuccess &&
            !(F.toplevel && ((st_.match_all && ptr != end_) || (st_.must_advance && ptr == st_.start)))) {
          st_.ptr = ptr;
          RETURN_SUCCESS;
        }
        LASTMARK_SAVE();
        if (repeat_ >= 0) mark_push(F.lastmark);
        while (code_[pc + 2] == kMaxRepeat || F.count <= static_cast<int64_t>(code_[pc + 2])) {
          st_.ptr = ptr;
          DO_JUMP(kJumpMinRepeatOne, jump_min_repeat_one, pc + code_[pc], F.toplevel);
          if (ret) {
            if (repeat_ >= 0) mark_pop_discard(F.lastmark);
            RETURN_ON_ERROR(ret);
            RETURN_SUCCESS;
          }
          if (repeat_ >= 0) mark_pop_keep(F.lastmark);
          LASTMARK_RESTORE();
          st_.ptr = ptr;
          ret = count(pc + 3, 1);
          RETURN_ON_ERROR(ret);
          if (ret == 0) break;
          ptr++;
          F.count++;
        }
        if (repeat_ >= 0) mark_pop_discard(F.lastmark);
        RETURN_FAILURE;

      case kPossessiveRepeatOne:
        // <POSSESSIVE_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
        if (static_cast<int64_t>(code_[pc + 1]) > end_ - ptr) RETURN_FAILURE;
        st_.ptr = ptr;
        ret = count(pc + 3, code_[pc + 2]);
        RETURN_ON_ERROR(ret);
        F.count = ret;
        ptr += F.count;
        if (F.count < static_cast<int64_t>(code_[pc + 1])) RETURN_FAILURE;
        pc += code_[pc];
        break;

      case kRepeat:
        // <REPEAT> <skip> <1=min> <2=max> item <UNTIL> tail: the work is
        // done by MAX_UNTIL/MIN_UNTIL, which find this record.
        F.rep = new_repeat();
        R.count = -1;
        R.pc = pc;
        R.prev = repeat_;
        R.last_ptr = kNoPtr;
        repeat_ = F.rep;
        st_.ptr = ptr;
        DO_JUMP(kJumpRepeat, jump_repeat, pc + code_[pc], F.toplevel);
        repeat_ = R.prev;
        free_repeats_.push_back(F.rep);
        if (ret) {
          RETURN_ON_ERROR(ret);
          RETURN_SUCCESS;
        }
        RETURN_FAILURE;

      case kMaxUntil:
        // Maximizing repeat: one more item if possible, else the tail.
        F.rep = repeat_;
        if (F.rep < 0) RETURN(kErrorState);
        st_.ptr = ptr;
        F.count = R.count + 1;
        if (F.count < static_cast<int64_t>(code_[R.pc + 1])) {
          // Not enough matches yet.
          R.count = F.count;
          DO_JUMP(kJumpMaxUntil1, jump_max_until_1, R.pc + 3, F.toplevel);
          if (ret) {
            RETURN_ON_ERROR(ret);
            RETURN_SUCCESS;
          }
          R.count = F.count - 1;
          st_.ptr = ptr;
          RETURN_FAILURE;
        }
        if ((F.count < static_cast<int64_t>(code_[R.pc + 2]) || code_[R.pc + 2] == kMaxRepeat) &&
            st_.ptr != R.last_ptr) {
          R.count = F.count;
          LASTMARK_SAVE();
          mark_push(F.lastmark);
          data_.push_back(R.last_ptr);
          R.last_ptr = st_.ptr;
          DO_JUMP(kJumpMaxUntil2, jump_max_until_2, R.pc + 3, F.toplevel);
          R.last_ptr = data_.back();
          data_.pop_back();
          if (ret) {
            mark_pop_discard(F.lastmark);
            RETURN_ON_ERROR(ret);
            RETURN_SUCCESS;
          }
          mark_pop(F.lastmark);
          LASTMARK_RESTORE();
          R.count = F.count - 1;
          st_.ptr = ptr;
        }
        // Cannot match more repeated items here: the tail must match.
        repeat_ = R.prev;
        DO_JUMP(kJumpMaxUntil3, jump_max_until_3, pc, F.toplevel);
        repeat_ = F.rep;
        if (ret) {
          RETURN_ON_ERROR(ret);
          RETURN_SUCCESS;
        }
        st_.ptr = ptr;
        RETURN_FAILURE;

      case kMinUntil: {
        // Minimizing repeat: the tail if possible, else one more item.
        F.rep = repeat_;
        if (F.rep < 0) RETURN(kErrorState);
        st_.ptr = ptr;
        F.count = R.count + 1;
        if (F.count < static_cast<int64_t>(code_[R.pc + 1])) {
          R.count = F.count;
          DO_JUMP(kJumpMinUntil1, jump_min_until_1, R.pc + 3, F.toplevel);
          if (ret) {
            RETURN_ON_ERROR(ret);
            RETURN_SUCCESS;
          }
          R.count = F.count - 1;
          st_.ptr = ptr;
          RETURN_FAILURE;
        }
        repeat_ = R.prev;
        LASTMARK_SAVE();
        F.chr = repeat_ >= 0;  // whether marks were pushed for the tail
        if (F.chr) mark_push(F.lastmark);
        DO_JUMP(kJumpMinUntil2, jump_min_until_2, pc, F.toplevel);
        repeat_ = F.rep;
        if (ret) {
          if (F.chr) mark_pop_discard(F.lastmark);
          RETURN_ON_ERROR(ret);
          RETURN_SUCCESS;
        }
        if (F.chr) mark_pop(F.lastmark);
        LASTMARK_RESTORE();
        st_.ptr = ptr;
        if ((F.count >= static_cast<int64_t>(code_[R.pc + 2]) && code_[R.pc + 2] != kMaxRepeat) ||
            st_.ptr == R.last_ptr)
          RETURN_FAILURE;
        R.count = F.count;
        data_.push_back(R.last_ptr);
        R.last_ptr = st_.ptr;
        DO_JUMP(kJumpMinUntil3, jump_min_until_3, R.pc + 3, F.toplevel);
        R.last_ptr = data_.back();
        data_.pop_back();
        if (ret) {
          RETURN_ON_ERROR(ret);
          RETURN_SUCCESS;
        }
        R.count = F.count - 1;
        st_.ptr = ptr;
        RETURN_FAILURE;
      }

      case kPossessiveRepeat:
        // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
        st_.ptr = ptr;
        F.count = 0;
        while (F.count < static_cast<int64_t>(code_[pc + 1])) {
          DO_JUMP(kJumpPossRepeat1, jump_poss_repeat_1, pc + 3, false);
          if (ret) {
            RETURN_ON_ERROR(ret);
            F.count++;
          } else {
            st_.ptr = ptr;
            RETURN_FAILURE;
          }
        }
        F.last = kNoPtr;
        while ((F.count < static_cast<int64_t>(code_[pc + 2]) || code_[pc + 2] == kMaxRepeat) &&
               st_.ptr != F.last) {
          LASTMARK_SAVE();
          mark_push(F.lastmark);
          F.last = st_.ptr;
          DO_JUMP(kJumpPossRepeat2, jump_poss_repeat_2, pc + 3, false);
          if (ret) {
            mark_pop_discard(F.lastmark);
            RETURN_ON_ERROR(ret);
            F.count++;
          } else {
            mark_pop(F.lastmark);
            LASTMARK_RESTORE();
            st_.ptr = F.last;
            break;
          }
        }
        pc += code_[pc] + 1;
        ptr = st_.ptr;
        break;

      case kAtomicGroup:
        // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
        st_.ptr = ptr;
        DO_JUMP(kJumpAtomicGroup, jump_atomic_group, pc + 1, false);
        RETURN_ON_ERROR(ret);
        if (ret == 0) {
          st_.ptr = ptr;
          RETURN_FAILURE;
        }
        pc += code_[pc];
        ptr = st_.ptr;
        break;

      case kGroupref:
      case kGrouprefIgnore:
      case kGrouprefUniIgnore:
      case kGrouprefLocIgnore: {
        int64_t g = static_cast<int64_t>(code_[pc]) * 2;
        if (g >= st_.lastmark) RETURN_FAILURE;
        int64_t p = st_.marks[g], e = st_.marks[g + 1];
        if (p < 0 || e < 0 || e < p) RETURN_FAILURE;
        while (p < e) {
          if (ptr >= end_) RETURN_FAILURE;
          uint32_t a = s_[ptr], b = s_[p];
          if (op == kGrouprefIgnore) a = lower_ascii(a), b = lower_ascii(b);
          else if (op == kGrouprefUniIgnore) a = lower_unicode(a), b = lower_unicode(b);
          else if (op == kGrouprefLocIgnore) a = lower_locale(a), b = lower_locale(b);
          if (a != b) RETURN_FAILURE;
          p++, ptr++;
        }
        pc++;
        break;
      }

      case kGrouprefExists: {
        // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
        int64_t g = static_cast<int64_t>(code_[pc]) * 2;
        bool exists = g < st_.lastmark && st_.marks[g] >= 0 && st_.marks[g + 1] >= 0 &&
                      st_.marks[g] <= st_.marks[g + 1];
        if (exists) pc += 2;
        else pc += code_[pc + 1];
        break;
      }

      case kAssert:
        // <ASSERT> <skip> <back> pattern
        if (ptr < static_cast<int64_t>(code_[pc + 1])) RETURN_FAILURE;
        st_.ptr = ptr - code_[pc + 1];
        DO_JUMP(kJumpAssert, jump_assert, pc + 2, false);
        RETURN_ON_ERROR(ret);
        if (!ret) RETURN_FAILURE;
        pc += code_[pc];
        break;

      case kAssertNot:
        // <ASSERT_NOT> <skip> <back> pattern
        if (ptr >= static_cast<int64_t>(code_[pc + 1])) {
          st_.ptr = ptr - code_[pc + 1];
          LASTMARK_SAVE();
          if (repeat_ >= 0) mark_push(F.lastmark);
          DO_JUMP(kJumpAssertNot, jump_assert_not, pc + 2, false);
          if (ret) {
            if (repeat_ >= 0) mark_pop_discard(F.lastmark);
            RETURN_ON_ERROR(ret);
            RETURN_FAILURE;
          }
          if (repeat_ >= 0) mark_pop(F.lastmark);
          LASTMARK_RESTORE();
        }
        pc += code_[pc];
        break;

      case kFailure:
        RETURN_FAILURE;

      default:
        RETURN(kErrorIllegal);
    }
  }

exit_context: {
  Jump jump = F.jump;
  frames_.pop_back();
  if (frames_.size() == base) return static_cast<int>(ret);
  fi = frames_.size() - 1;
  pc = F.pc;
  ptr = F.ptr;
  switch (jump) {
    case kJumpMaxUntil1: goto jump_max_until_1;
    case kJumpMaxUntil2: goto jump_max_until_2;
    case kJumpMaxUntil3: goto jump_max_until_3;
    case kJumpMinUntil1: goto jump_min_until_1;
    case kJumpMinUntil2: goto jump_min_until_2;
    case kJumpMinUntil3: goto jump_min_until_3;
    case kJumpRepeat: goto jump_repeat;
    case kJumpRepeatOne1: goto jump_repeat_one_1;
    case kJumpRepeatOne2: goto jump_repeat_one_2;
    case kJumpMinRepeatOne: goto jump_min_repeat_one;
    case kJumpBranch: goto jump_branch;
    case kJumpAssert: goto jump_assert;
    case kJumpAssertNot: goto jump_assert_not;
    case kJumpPossRepeat1: goto jump_poss_repeat_1;
    case kJumpPossRepeat2: goto jump_poss_repeat_2;
    case kJumpAtomicGroup: goto jump_atomic_group;
    case kJumpNone: break;
  }
  return kErrorState;
}
}

#undef F
#undef R
#undef RETURN
#undef RETURN_FAILURE
#undef RETURN_SUCCESS
#undef RETURN_ON_ERROR
#undef LASTMARK_SAVE
#undef LASTMARK_RESTORE
#undef DO_JUMP

template <class CharT>
int Matcher<CharT>::search() {
  int64_t ptr = st_.start;
  int64_t end = end_;
  size_t pc = 0;
  size_t prefix = 0, prefix_len = 0, set = 0;
  if (ptr > end) return kNoMatch;
  if (code_[0] == kInfo) {
    // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
    uint32_t flags = code_[2];
    int64_t min = code_[3];
    if (min && end - ptr < min) return kNoMatch;
    if (min > 1) {
      end -= min - 1;
      if (end <= ptr) end = ptr;
    }
    if (flags & kInfoPrefix) {
      prefix_len = code_[5];
      prefix = 7;
    } else if ((flags & kInfoCharset) && code_[1] + 1 > 5) {
      set = 5;
    }
    pc = code_[1] + 1;
  }
  // A start position is tried only if the literal prefix or the first-character
  // set allows a match there (both are necessary conditions).
  auto possible = [&](int64_t p) {
    if (prefix_len) {
      if (p + static_cast<int64_t>(prefix_len) > end_) return false;
      for (size_t k = 0; k < prefix_len; ++k)
        if (static_cast<uint32_t>(s_[p + k]) != code_[prefix + k]) return false;
      return true;
    }
    if (set) return p < end_ && charset(set, s_[p]);
    return true;
  };
  st_.start = st_.ptr = ptr;
  int status = possible(ptr) ? run(pc, true) : kNoMatch;
  st_.must_advance = false;
  if (status == kNoMatch && code_[pc] == kAt && (code_[pc + 1] == kAtBeginning || code_[pc + 1] == kAtBeginningString)) {
    st_.start = st_.ptr = end;
    return kNoMatch;
  }
  while (status == kNoMatch && ptr < end) {
    ptr++;
    if (!possible(ptr)) continue;
    st_.reset();
    st_.start = st_.ptr = ptr;
    status = run(pc, false);
  }
  return status;
}

// -- Validation --------------------------------------------------------------

class Validator {
 public:
  Validator(const uint32_t* code, int64_t groups) : code_(code), groups_(groups) {}

  bool inner(size_t pc, size_t end, int depth);

 private:
  bool charset(size_t pc, size_t end);
  // A skip word at pc: the block it spans must end at or before `end`.
  bool skip_ok(size_t pc, size_t end, uint32_t min_skip = 1) const {
    return pc < end && code_[pc] >= min_skip && code_[pc] - 1 <= end - pc - 1;
  }

  const uint32_t* code_;
  int64_t groups_;
};

bool Validator::charset(size_t pc, size_t end) {
  while (pc < end) {
    switch (code_[pc++]) {
      case kNegate:
        break;
      case kLiteral:
        if (pc + 1 > end) return false;
        pc += 1;
        break;
      case kRange:
      case kRangeUniIgnore:
        if (pc + 2 > end) return false;
        pc += 2;
        break;
      case kCharset:
        if (pc + 8 > end) return false;
        pc += 8;
        break;
      case kBigCharset: {
        if (pc + 1 + 64 > end) return false;
        uint32_t blocks = code_[pc++];
        const uint8_t* index = reinterpret_cast<const uint8_t*>(code_ + pc);
        for (int k = 0; k < 256; ++k)
          if (index[k] >= blocks) return false;
        pc += 64;
        if (static_cast<uint64_t>(blocks) * 8 > end - pc) return false;
        pc += static_cast<size_t>(blocks) * 8;
        break;
      }
      case kCategory:
        if (pc + 1 > end || code_[pc] >= kCatCount) return false;
        pc += 1;
        break;
      default:
        return false;
    }
  }
  return true;
}

bool Validator::inner(size_t pc, size_t end, int depth) {
  if (depth > 5000) return false;
  while (pc < end) {
    uint32_t op = code_[pc++];
    switch (op) {
      case kFailure:
      case kSuccess:
      case kAny:
      case kAnyAll:
        break;
      case kMark:
        // CPython allows one mark past the groups (marks has 2 * groups + 2 slots).
        if (pc >= end || code_[pc] > static_cast<uint64_t>(2 * groups_ + 1)) return false;
        pc++;
        break;
      case kAt:
        if (pc >= end || code_[pc] >= kAtCount) return false;
        pc++;
        break;
      case kLiteral: case kNotLiteral: case kLiteralIgnore: case kNotLiteralIgnore:
      case kLiteralUniIgnore: case kNotLiteralUniIgnore: case kLiteralLocIgnore: case kNotLiteralLocIgnore:
        if (pc >= end) return false;
        pc++;
        break;
      case kIn: case kInIgnore: case kInUniIgnore: case kInLocIgnore: {
        if (!skip_ok(pc, end, 2)) return false;
        size_t stop = pc + code_[pc] - 1;  // the FAILURE ending the set
        if (!charset(pc + 1, stop) || code_[stop] != kFailure) return false;
        pc = stop + 1;
        break;
      }
      case kInfo: {
        // <INFO> <1=skip> <2=flags> <3=min> <4=max> [prefix or charset]
        if (!skip_ok(pc, end, 4)) return false;
        size_t stop = pc + code_[pc];
        uint32_t flags = code_[pc + 1];
        size_t p = pc + 4;
        if (flags & ~(kInfoPrefix | kInfoLiteral | kInfoCharset)) return false;
        if ((flags & kInfoLiteral) && !(flags & kInfoPrefix)) return false;
        if (flags & kInfoPrefix) {
          if (flags & kInfoCharset) return false;
          if (p + 2 > stop) return false;
          uint64_t len = code_[p];
          if (len > stop - p - 2) return false;
          p += 2 + len;
          if (len > stop - p) return false;  // the overlap table: indexes into the prefix
          for (uint64_t k = 0; k < len; ++k)
            if (code_[p + k] >= len) return false;
          p += len;
        } else if (flags & kInfoCharset) {
          // As CPython: the word before the block's end must be FAILURE (for an
          // empty set that is the max field); search ignores an empty set.
          if (code_[stop - 1] != kFailure || !charset(p, stop - 1)) return false;
          p = stop;
        }
        if (p != stop) return false;
        pc = stop;
        break;
      }
      case kBranch: {
        size_t target = 0;
        for (;;) {
          if (pc >= end) return false;
          uint32_t skip = code_[pc];
          if (skip == 0) {
            pc++;
            break;
          }
          if (skip < 3 || !skip_ok(pc, end, 3)) return false;
          size_t jump = pc + skip - 2;  // JUMP <offset> ends the alternative
          if (!inner(pc + 1, jump, depth + 1)) return false;
          if (code_[jump] != kJump || !skip_ok(jump + 1, end)) return false;
          size_t t = jump + 1 + code_[jump + 1];
          if (target == 0) target = t;
          else if (t != target) return false;
          pc = pc + skip;
        }
        if (target == 0 || pc != target) return false;
        break;
      }
      case kRepeatOne: case kMinRepeatOne: case kPossessiveRepeatOne: {
        if (!skip_ok(pc, end, 4)) return false;
        size_t stop = pc + code_[pc] - 1;  // the SUCCESS ending the item
        if (code_[pc + 1] > code_[pc + 2]) return false;
        if (!inner(pc + 3, stop, depth + 1) || code_[stop] != kSuccess) return false;
        pc = stop + 1;
        break;
      }
      case kRepeat: case kPossessiveRepeat: {
        if (!skip_ok(pc, end, 3)) return false;
        size_t stop = pc + code_[pc];  // the UNTIL (or SUCCESS)
        if (stop >= end) return false;
        if (code_[pc + 1] > code_[pc + 2]) return false;
        if (!inner(pc + 3, stop, depth + 1)) return false;
        if (op == kRepeat && code_[stop] != kMaxUntil && code_[stop] != kMinUntil) return false;
        if (op == kPossessiveRepeat && code_[stop] != kSuccess) return false;
        pc = stop + 1;
        break;
      }
      case kGroupref: case kGrouprefIgnore: case kGrouprefUniIgnore: case kGrouprefLocIgnore:
        if (pc >= end || code_[pc] >= static_cast<uint64_t>(groups_)) return false;
        pc++;
        break;
      case kGrouprefExists: {
        if (pc + 1 >= end || code_[pc] >= static_cast<uint64_t>(groups_)) return false;
        uint32_t skip = code_[pc + 1];
        if (skip < 2 || skip > end - pc) return false;
        size_t stop = pc + skip;  // skip is relative to the group operand
        if (skip >= 4 && code_[stop - 2] == kJump) {
          if (!inner(pc + 2, stop - 2, depth + 1)) return false;
          size_t no = stop - 1;
          if (!skip_ok(no, end)) return false;
          if (!inner(no + 1, no + code_[no], depth + 1)) return false;
          pc = no + code_[no];
        } else {
          if (!inner(pc + 2, stop, depth + 1)) return false;
          pc = stop;
        }
        break;
      }
      case kAssert: case kAssertNot: {
        if (!skip_ok(pc, end, 3)) return false;
        size_t stop = pc + code_[pc] - 1;  // the SUCCESS ending the assertion
        if (code_[pc + 1] & 0x80000000u) return false;
        if (!inner(pc + 2, stop, depth + 1) || code_[stop] != kSuccess) return false;
        pc = stop + 1;
        break;
      }
      case kAtomicGroup: {
        if (!skip_ok(pc, end, 2)) return false;
        size_t stop = pc + code_[pc] - 1;
        if (!inner(pc + 1, stop, depth + 1) || code_[stop] != kSuccess) return false;
        pc = stop + 1;
        break;
      }
      default:
        return false;
    }
  }
  return pc == end;
}

template <class CharT>
int run_match(const uint32_t* code, MatchState& state) {
  BorrowedStacks stacks;
  Matcher<CharT> m(code, state, stacks.get());
  state.ptr = state.start;
  return m.run(0, true);
}

template <class CharT>
int run_search(const uint32_t* code, MatchState& state) {
  BorrowedStacks stacks;
  Matcher<CharT> m(code, state, stacks.get());
  return m.search();
}

}  // namespace

int match(const uint32_t* code, size_t, MatchState& state) {
  return state.subject.width == 1 ? run_match<uint8_t>(code, state) : run_match<uint32_t>(code, state);
}

int search(const uint32_t* code, size_t, MatchState& state) {
  return state.subject.width == 1 ? run_search<uint8_t>(code, state) : run_search<uint32_t>(code, state);
}

bool validate_code(const uint32_t* code, size_t size, int64_t groups) {
  if (groups < 0 || groups > kMaxGroups || size == 0 || code[size - 1] != kSuccess) return false;
  Validator v(code, groups);
  return v.inner(0, size - 1, 0);
}

}  // namespace pystm::sre
