// stdlib/sre/sre_scanner.cpp — _sre.SRE_Scanner, made by Pattern.scanner()
// and behind Pattern.finditer(): each match()/search() call continues where
// the previous match ended (an empty match there is not repeated).
// Owns: the scanner's position. Must never: keep that position outside the
// heap object (it is Python-visible state: stm::read/stm::write only).
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/sre/sre_objects.h"

namespace pystm {

TypeObject* g_sre_scanner_type = nullptr;

Result<Value> sre_new_scanner(ThreadState& ts, Value pattern, Value string, int64_t pos, int64_t endpos) {
  sre::MatchState state;
  PY_TRY(sre_state_init(ts, pattern, string, pos, endpos, &state));  // checks the subject, clamps
  SreScannerObject* obj = allocate_object<SreScannerObject>(g_sre_scanner_type);
  SreScannerObject* s = stm::view(obj);
  s->pattern = pattern;
  s->string = string;
  s->pos = state.start;
  s->endpos = state.end;
  s->start = state.start;
  s->must_advance = false;
  return Value::from_object(obj);
}

namespace {

Result<Value> scanner_step(ThreadState& ts, Value self, bool search) {
  SreScannerObject* obj = self.as<SreScannerObject>();
  const SreScannerObject* r = stm::read(obj);
  if (r->start < 0) return g_none;
  Value pattern = r->pattern, string = r->string;
  int64_t pos = r->pos, endpos = r->endpos;
  sre::MatchState state;
  PY_TRY(sre_state_init(ts, pattern, string, pos, endpos, &state));
  state.start = state.ptr = r->start;
  state.must_advance = r->must_advance;
  const SrePatternObject* p = as_pattern(pattern);
  int status = search ? sre::search(p->code_words(), p->code_size(), state)
                      : sre::match(p->code_words(), p->code_size(), state);
  if (status < 0) return sre_raise_engine_error(ts, status);
  SreScannerObject* w = stm::write(obj);
  if (status == sre::kNoMatch) {
    w->start = -1;
    return g_none;
  }
  w->must_advance = state.ptr == state.start;
  w->start = state.ptr;
  return sre_new_match(ts, pattern, string, state, pos, endpos);
}

Result<Value> scanner_match(ThreadState& ts, Value self, CallArgs) { return scanner_step(ts, self, false); }
Result<Value> scanner_search(ThreadState& ts, Value self, CallArgs) { return scanner_step(ts, self, true); }
Result<Value> scanner_pattern(ThreadState&, Value self, CallArgs) {
  return stm::read(self.as<SreScannerObject>())->pattern;
}

const NativeMethod kScannerMethods[] = {
    {"match", scanner_match, 0, 0, kNativeNoKeywords, nullptr},
    {"search", scanner_search, 0, 0, kNativeNoKeywords, nullptr},
};
const NativeMethod kScannerGetters[] = {
    {"pattern", scanner_pattern, 0, 0, 0, nullptr},
};

}  // namespace

void init_sre_scanner_type() {
  g_sre_scanner_type =
      make_builtin_type("SRE_Scanner", g_object_type, ObjectKind::SreScanner, sizeof(SreScannerObject), 0);
  add_native_methods(g_sre_scanner_type, kScannerMethods);
  for (const NativeMethod& g : kScannerGetters) add_native_property(g_sre_scanner_type, &g, nullptr);
  type_set_attr_nogc_fail(g_sre_scanner_type, "__module__", str_intern("_sre"));
}

}  // namespace pystm
