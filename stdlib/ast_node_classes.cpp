// stdlib/ast_node_classes.cpp — makes the `_ast` node classes from
// runtime/frontend/ast_nodes.def: AST (with CPython's __init__ and
// __reduce__), the abstract sums and the concrete nodes, each with _fields,
// __match_args__, _attributes, None defaults for optional fields and the ASDL
// text as __doc__ (library reference "ast — Abstract Syntax Trees").
// Must never: create the classes twice (one table per process, made in an
// inevitable transaction so an abort cannot free what the roots point at).
#include "stdlib/ast_node_classes.h"

#include <atomic>
#include <iterator>
#include <mutex>
#include <string>
#include <vector>

#include "runtime/objects/builtin_function.h"
#include "runtime/core/value_vector.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/thread_state.h"
#include "stm/transaction.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm {

namespace {

enum Positions { kNoPositions, kPositions, kPositionsRequired, kInherited };

struct ClassInfo {
  const char* name;
  AstClass base;
  Positions positions;
  const char* signature;  // null for AST and the sums
};

constexpr ClassInfo kClassInfo[] = {
    {"AST", AstClass::kCount, kNoPositions, nullptr},
#define AST_SUM(name, positions) {#name, AstClass::kAST, positions, nullptr},
#define AST_CONSTRUCTOR(name, sum, sig) {#name, AstClass::k##sum, kInherited, sig},
#define AST_PRODUCT(name, positions, sig) {#name, AstClass::kAST, positions, sig},
#include "runtime/frontend/ast_nodes.def"
};
static_assert(std::size(kClassInfo) == kAstClassCount);

std::mutex g_init_mutex;
std::atomic<bool> g_initialized{false};
Value g_classes[kAstClassCount];
Value g_fields[kAstClassCount];

struct Field {
  std::string name;
  bool optional;
};

// The fields of an ASDL constructor "Name(type a, type? b, type* c)".
std::vector<Field> parse_signature(const char* sig) {
  std::vector<Field> fields;
  std::string s(sig);
  size_t open = s.find('(');
  if (open == std::string::npos) return fields;
  std::string inner = s.substr(open + 1, s.size() - open - 2);
  size_t pos = 0;
  while (pos < inner.size()) {
    size_t comma = inner.find(", ", pos);
    std::string item = inner.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
    size_t space = item.find(' ');
    std::string type = item.substr(0, space);
    fields.push_back({item.substr(space + 1), type.back() == '?'});
    if (comma == std::string::npos) break;
    pos = comma + 2;
  }
  return fields;
}

std::string sum_doc(AstClass sum) {
  const char* name = kClassInfo[static_cast<int>(sum)].name;
  std::vector<const char*> sigs;
  bool simple = true;
  for (const ClassInfo& c : kClassInfo) {
    if (c.signature && c.base == sum) {
      sigs.push_back(c.signature);
      if (std::string(c.signature).find('(') != std::string::npos) simple = false;
    }
  }
  std::string doc = std::string(name) + " = ";
  std::string sep = simple ? " | " : "\n" + std::string(std::string(name).size() + 1, ' ') + "| ";
  for (size_t i = 0; i < sigs.size(); i++) doc += (i ? sep : "") + sigs[i];
  return doc;
}

// AST.__init__(self, *args, **kwargs): positional arguments fill _fields in
// order, keyword arguments set any attribute.
Result<Value> ast_init(ThreadState& ts, Value self, CallArgs args) {
  Value fields = PY_TRY(get_attr_optional(ts, Value::from_object(type_of(self)), str_intern("_fields")));
  int64_t nfields = 0;
  if (!fields.is_absent()) {
    fields = PY_TRY(sequence_to_list(ts, fields));
    nfields = list_size(fields);
  }
  if (static_cast<int64_t>(args.nargs) > nfields)
    return raise_type_error(ts, "%s constructor takes at most %lld positional argument%s",
                            type_name(type_of(self)).c_str(), static_cast<long long>(nfields),
                            nfields == 1 ? "" : "s");
  for (size_t i = 0; i < args.nargs; i++)
    PY_TRY(set_attr(ts, self, list_get(fields, static_cast<int64_t>(i)), args[i]));
  for (size_t i = 0; i < args.nkw(); i++) {
    Value name = args.kw_name(i);
    for (size_t j = 0; j < args.nargs; j++) {
      if (PY_TRY(equals(ts, list_get(fields, static_cast<int64_t>(j)), name)))
        return raise_type_error(ts, "%s got multiple values for argument '%s'", type_name(type_of(self)).c_str(),
                                str_to_utf8(name).c_str());
    }
    PY_TRY(set_attr(ts, self, name, args.kw_value(i)));
  }
  return g_none;
}

// AST.__reduce__: (type(self), (), self.__dict__).
Result<Value> ast_reduce(ThreadState& ts, Value self, CallArgs) {
  Value dict = PY_TRY(get_attr_optional(ts, self, g_name___dict__));
  Value type = Value::from_object(type_of(self));
  if (dict.is_absent()) return tuple_pack({type, g_empty_tuple});
  return tuple_pack({type, g_empty_tuple, dict});
}

const NativeMethod kAstMethods[] = {
    {"__init__", ast_init, 0, -1, 0, nullptr},
    {"__reduce__", ast_reduce, 0, 0, kNativeNoKeywords, nullptr},
};

Status create_classes(ThreadState& ts) {
  Value module_name = str_intern("ast");
  Value positions = tuple_pack({str_intern("lineno"), str_intern("col_offset"), str_intern("end_lineno"),
                                str_intern("end_col_offset")});
  for (int i = 0; i < kAstClassCount; i++) {
    const ClassInfo& info = kClassInfo[i];
    Value ns = dict_new();
    dict_set_str(ns, g_name___module__, module_name);
    std::vector<Field> fields = info.signature ? parse_signature(info.signature) : std::vector<Field>{};
    std::string doc;
    if (i == 0) doc = "";
    else if (info.signature) doc = info.signature;
    else doc = sum_doc(static_cast<AstClass>(i));
    if (i != 0) dict_set_str(ns, g_name___doc__, str_from_utf8(doc));
    ValueVector names;
    for (const Field& f : fields) {
      names.push_back(str_intern(f.name));
      if (f.optional) dict_set_str(ns, names.back(), g_none);
    }
    Value field_tuple = tuple_from(names.data(), static_cast<int64_t>(names.size()));
    dict_set_str(ns, str_intern("_fields"), field_tuple);
    dict_set_str(ns, str_intern("__match_args__"), field_tuple);
    if (info.positions != kInherited) {
      dict_set_str(ns, str_intern("_attributes"), info.positions == kNoPositions ? g_empty_tuple : positions);
      if (info.positions == kPositions) {
        dict_set_str(ns, str_intern("end_lineno"), g_none);
        dict_set_str(ns, str_intern("end_col_offset"), g_none);
      }
    }
    Value bases = i == 0 ? g_empty_tuple : tuple_pack({g_classes[static_cast<int>(info.base)]});
    Value type = PY_TRY(type_new(ts, g_type_type, str_intern(info.name), bases.as<TupleObject>(), ns.as<DictObject>()));
    if (i == 0) {
      add_native_methods(type.as<TypeObject>(), kAstMethods);
      type_modified();
    }
    g_classes[i] = type;
    g_fields[i] = field_tuple;
  }
  return ok_status();
}

}  // namespace

Status ensure_ast_classes(ThreadState& ts) {
  if (g_initialized.load(std::memory_order_acquire)) return ok_status();
  PY_TRY(enter_inevitable(ts));
  std::lock_guard<std::mutex> lock(g_init_mutex);
  if (g_initialized.load(std::memory_order_relaxed)) return ok_status();
  static bool rooted = false;
  if (!rooted) {
    for (int i = 0; i < kAstClassCount; i++) {
      add_global_root(&g_classes[i]);
      add_global_root(&g_fields[i]);
    }
    rooted = true;
  }
  PY_TRY(create_classes(ts));
  g_initialized.store(true, std::memory_order_release);
  return ok_status();
}

TypeObject* ast_class(AstClass c) { return g_classes[static_cast<int>(c)].as<TypeObject>(); }
Value ast_class_value(AstClass c) { return g_classes[static_cast<int>(c)]; }
Value ast_class_fields(AstClass c) { return g_fields[static_cast<int>(c)]; }
const char* ast_class_name(AstClass c) { return kClassInfo[static_cast<int>(c)].name; }

bool ast_class_has_positions(AstClass c) {
  const ClassInfo* info = &kClassInfo[static_cast<int>(c)];
  if (info->positions == kInherited) info = &kClassInfo[static_cast<int>(info->base)];
  return info->positions == kPositions || info->positions == kPositionsRequired;
}

}  // namespace pystm
