// tests/unit/runtime/frontend/compiler_test.cpp — golden disassembly tests:
// small programs and the exact code pystm generates for them (our own
// instruction set, so the expectations are hand-checked against the
// semantics in opcodes.def and the shapes of CPython 3.11's compiler).
#include <gtest/gtest.h>

#include "runtime/bytecode/disassembler.h"
#include "tests/unit/runtime/frontend/compile_helpers.h"

namespace pystm::frontend {
namespace {

void expect_disassembly(const std::string& src, const std::string& expected) {
  auto c = testing::compile_source(src);
  ASSERT_EQ(c.parse_error, "");
  ASSERT_FALSE(c.result.error) << c.result.error->msg;
  EXPECT_EQ(bytecode::disassemble(*c.result.code), expected);
}

TEST(CompilerGoldenTest, ModuleStatements) {
  expect_disassembly(R"PY(x = 1
print(x + 2)
)PY",
                     R"DIS(code <module> (<module>, line 1)
  flags=0x40 argcount=0 posonly=0 kwonly=0 stacksize=4
   1       0 LOAD_CONST 0 (1)
           1 STORE_NAME 0 (x)
   2       2 LOAD_NAME 1 (print)
           3 PUSH_NULL
           4 LOAD_NAME 0 (x)
           5 LOAD_CONST 1 (2)
           6 BINARY_OP 0 (+)
           7 CALL 1
           8 POP_TOP
           9 LOAD_CONST 2 (None)
          10 RETURN_VALUE
)DIS");
}

TEST(CompilerGoldenTest, FunctionWithClosure) {
  expect_disassembly(R"PY(def f(a, b=1, *, c=2) -> int:
    def g():
        return a + c
    return g
)PY",
                     R"DIS(code <module> (<module>, line 1)
  flags=0x40 argcount=0 posonly=0 kwonly=0 stacksize=4
   1       0 LOAD_CONST 0 (1)
           1 BUILD_TUPLE 1
           2 LOAD_CONST 1 ('c')
           3 LOAD_CONST 2 (2)
           4 BUILD_MAP 1
           5 LOAD_CONST 3 ('return')
           6 LOAD_NAME 0 (int)
           7 BUILD_MAP 1
           8 LOAD_CONST 4 (<code f>)
           9 MAKE_FUNCTION 7
          10 STORE_NAME 1 (f)
          11 LOAD_CONST 5 (None)
          12 RETURN_VALUE

code f (f, line 1)
  flags=0x3 argcount=2 posonly=0 kwonly=1 stacksize=2
  varnames: a b c g
  cellvars: a c
   2       0 LOAD_CLOSURE 0 (a)
           1 LOAD_CLOSURE 1 (c)
           2 BUILD_TUPLE 2
           3 LOAD_CONST 1 (<code f.<locals>.g>)
           4 MAKE_FUNCTION 8
           5 STORE_FAST 3 (g)
   4       6 LOAD_FAST 3 (g)
           7 RETURN_VALUE

code f.<locals>.g (g, line 2)
  flags=0x13 argcount=0 posonly=0 kwonly=0 stacksize=2
  freevars: a c
   3       0 LOAD_DEREF 0 (a)
           1 LOAD_DEREF 1 (c)
           2 BINARY_OP 0 (+)
           3 RETURN_VALUE
)DIS");
}

TEST(CompilerGoldenTest, ClassWithSuper) {
  expect_disassembly(R"PY(class C(B):
    def m(self):
        return super().m()
)PY",
                     R"DIS(code <module> (<module>, line 1)
  flags=0x40 argcount=0 posonly=0 kwonly=0 stacksize=5
   1       0 LOAD_BUILD_CLASS
           1 PUSH_NULL
           2 LOAD_CONST 0 (<code C>)
           3 MAKE_FUNCTION 0
           4 LOAD_CONST 1 ('C')
           5 LOAD_NAME 0 (B)
           6 CALL 3
           7 STORE_NAME 1 (C)
           8 LOAD_CONST 2 (None)
           9 RETURN_VALUE

code C (C, line 1)
  flags=0x0 argcount=0 posonly=0 kwonly=0 stacksize=2
  cellvars: __class__
   1       0 LOAD_NAME 0 (__name__)
           1 STORE_NAME 1 (__module__)
           2 LOAD_CONST 0 ('C')
           3 STORE_NAME 2 (__qualname__)
   2       4 LOAD_CLOSURE 0 (__class__)
           5 BUILD_TUPLE 1
           6 LOAD_CONST 1 (<code C.m>)
           7 MAKE_FUNCTION 8
           8 STORE_NAME 3 (m)
           9 LOAD_CLOSURE 0 (__class__)
          10 STORE_NAME 4 (__classcell__)
          11 LOAD_CONST 2 (None)
          12 RETURN_VALUE

code C.m (m, line 2)
  flags=0x3 argcount=1 posonly=0 kwonly=0 stacksize=2
  varnames: self
  freevars: __class__
   3       0 LOAD_GLOBAL 0 (super)
           1 PUSH_NULL
           2 CALL 0
           3 LOAD_METHOD 1 (m)
           4 CALL 0
           5 RETURN_VALUE
)DIS");
}

TEST(CompilerGoldenTest, TryExceptAsElse) {
  expect_disassembly(R"PY(try:
    a()
except E as e:
    b(e)
else:
    c()
)PY",
                     R"DIS(code <module> (<module>, line 1)
  flags=0x40 argcount=0 posonly=0 kwonly=0 stacksize=4
   1       0 NOP
   2       1 LOAD_NAME 0 (a)
           2 PUSH_NULL
           3 CALL 0
           4 POP_TOP
   6       5 LOAD_NAME 1 (c)
           6 PUSH_NULL
           7 CALL 0
           8 POP_TOP
           9 JUMP 33 (to 33)
     >>   10 PUSH_EXC_INFO
   3      11 LOAD_NAME 2 (E)
          12 CHECK_EXC_MATCH
          13 POP_JUMP_IF_FALSE 29 (to 29)
          14 STORE_NAME 3 (e)
   4      15 LOAD_NAME 4 (b)
          16 PUSH_NULL
          17 LOAD_NAME 3 (e)
          18 CALL 1
          19 POP_TOP
   3      20 POP_EXCEPT
          21 LOAD_CONST 0 (None)
          22 STORE_NAME 3 (e)
          23 DELETE_NAME 3 (e)
          24 JUMP 33 (to 33)
     >>   25 LOAD_CONST 0 (None)
          26 STORE_NAME 3 (e)
          27 DELETE_NAME 3 (e)
          28 RERAISE 1
   1 >>   29 RERAISE 0
     >>   30 COPY 3
          31 POP_EXCEPT
          32 RERAISE 1
     >>   33 LOAD_CONST 0 (None)
          34 RETURN_VALUE
  ExceptionTable:
    0 to 5 -> 10 [0]
    10 to 15 -> 30 [1] lasti
    15 to 20 -> 25 [1] lasti
    25 to 30 -> 30 [1] lasti
)DIS");
}

TEST(CompilerGoldenTest, ReturnThroughFinallyInLoop) {
  expect_disassembly(R"PY(def f(xs):
    for x in xs:
        try:
            if x:
                return x
            continue
        finally:
            print("fin")
    while True:
        with lock:
            break
)PY",
                     R"DIS(code <module> (<module>, line 1)
  flags=0x40 argcount=0 posonly=0 kwonly=0 stacksize=1
   1       0 LOAD_CONST 0 (<code f>)
           1 MAKE_FUNCTION 0
           2 STORE_NAME 0 (f)
           3 LOAD_CONST 1 (None)
           4 RETURN_VALUE

code f (f, line 1)
  flags=0x43 argcount=1 posonly=0 kwonly=0 stacksize=6
  varnames: xs x
   2       0 LOAD_FAST 0 (xs)
           1 GET_ITER
     >>    2 FOR_ITER 32 (to 32)
           3 STORE_FAST 1 (x)
   3       4 NOP
   4       5 LOAD_FAST 1 (x)
           6 POP_JUMP_IF_FALSE 16 (to 16)
   5       7 LOAD_FAST 1 (x)
   8       8 LOAD_GLOBAL 0 (print)
           9 PUSH_NULL
          10 LOAD_CONST 1 ('fin')
          11 CALL 1
          12 POP_TOP
   5      13 SWAP 2
          14 POP_TOP
          15 RETURN_VALUE
   8 >>   16 LOAD_GLOBAL 0 (print)
          17 PUSH_NULL
          18 LOAD_CONST 1 ('fin')
          19 CALL 1
          20 POP_TOP
   6      21 JUMP 2 (to 2)
   3 >>   22 PUSH_EXC_INFO
   8      23 LOAD_GLOBAL 0 (print)
          24 PUSH_NULL
          25 LOAD_CONST 1 ('fin')
          26 CALL 1
          27 POP_TOP
          28 RERAISE 0
     >>   29 COPY 3
          30 POP_EXCEPT
          31 RERAISE 1
  10 >>   32 LOAD_GLOBAL 1 (lock)
          33 BEFORE_WITH
          34 POP_TOP
          35 LOAD_CONST 0 (None)
          36 LOAD_CONST 0 (None)
          37 LOAD_CONST 0 (None)
          38 CALL 2
          39 POP_TOP
  11      40 JUMP 55 (to 55)
  10 >>   41 PUSH_EXC_INFO
          42 WITH_EXCEPT_START
          43 POP_JUMP_IF_TRUE 50 (to 50)
          44 COPY 3
          45 SWAP 2
          46 RERAISE 1
     >>   47 COPY 3
          48 POP_EXCEPT
          49 RERAISE 1
     >>   50 POP_TOP
          51 POP_EXCEPT
          52 POP_TOP
          53 POP_TOP
   9      54 JUMP 32 (to 32)
     >>   55 LOAD_CONST 0 (None)
          56 RETURN_VALUE
  ExceptionTable:
    4 to 8 -> 22 [1]
    22 to 29 -> 29 [2] lasti
    34 to 35 -> 41 [1] lasti
    41 to 47 -> 47 [3] lasti
)DIS");
}

TEST(CompilerGoldenTest, ForBreakElse) {
  expect_disassembly(R"PY(for i in x:
    if i:
        continue
    break
else:
    d()
)PY",
                     R"DIS(code <module> (<module>, line 1)
  flags=0x40 argcount=0 posonly=0 kwonly=0 stacksize=2
   1       0 LOAD_NAME 0 (x)
           1 GET_ITER
     >>    2 FOR_ITER 9 (to 9)
           3 STORE_NAME 1 (i)
   2       4 LOAD_NAME 1 (i)
           5 POP_JUMP_IF_FALSE 7 (to 7)
   3       6 JUMP 2 (to 2)
   4 >>    7 POP_TOP
           8 JUMP 13 (to 13)
   6 >>    9 LOAD_NAME 2 (d)
          10 PUSH_NULL
          11 CALL 0
          12 POP_TOP
     >>   13 LOAD_CONST 0 (None)
          14 RETURN_VALUE
)DIS");
}

TEST(CompilerGoldenTest, CallsUnpackingCompare) {
  expect_disassembly(R"PY(f(a, *b, k=1, **c)
o.m(1, k=2)
a, *b, c = d
x[i] += 1
y = a < b < c
z = not (a and b or c)
)PY",
                     R"DIS(code <module> (<module>, line 1)
  flags=0x40 argcount=0 posonly=0 kwonly=0 stacksize=5
   1       0 LOAD_NAME 0 (f)
           1 PUSH_NULL
           2 LOAD_NAME 1 (a)
           3 BUILD_LIST 1
           4 LOAD_NAME 2 (b)
           5 LIST_EXTEND 1
           6 LIST_TO_TUPLE
           7 LOAD_CONST 0 ('k')
           8 LOAD_CONST 1 (1)
           9 BUILD_MAP 1
          10 LOAD_NAME 3 (c)
          11 DICT_MERGE 1
          12 CALL_FUNCTION_EX 1
          13 POP_TOP
   2      14 LOAD_NAME 4 (o)
          15 LOAD_METHOD 5 (m)
          16 LOAD_CONST 1 (1)
          17 LOAD_CONST 2 (2)
          18 LOAD_CONST 3 (('k',))
          19 CALL_KW 2
          20 POP_TOP
   3      21 LOAD_NAME 6 (d)
          22 UNPACK_EX 257
          23 STORE_NAME 1 (a)
          24 STORE_NAME 2 (b)
          25 STORE_NAME 3 (c)
   4      26 LOAD_NAME 7 (x)
          27 LOAD_NAME 8 (i)
          28 COPY 2
          29 COPY 2
          30 BINARY_SUBSCR
          31 LOAD_CONST 1 (1)
          32 BINARY_OP 13 (+=)
          33 SWAP 3
          34 SWAP 2
          35 STORE_SUBSCR
   5      36 LOAD_NAME 1 (a)
          37 LOAD_NAME 2 (b)
          38 SWAP 2
          39 COPY 2
          40 COMPARE_OP 0 (<)
          41 JUMP_IF_FALSE_OR_POP 45 (to 45)
          42 LOAD_NAME 3 (c)
          43 COMPARE_OP 0 (<)
          44 JUMP 47 (to 47)
     >>   45 SWAP 2
          46 POP_TOP
     >>   47 STORE_NAME 9 (y)
   6      48 LOAD_NAME 1 (a)
          49 JUMP_IF_FALSE_OR_POP 51 (to 51)
          50 LOAD_NAME 2 (b)
     >>   51 JUMP_IF_TRUE_OR_POP 53 (to 53)
          52 LOAD_NAME 3 (c)
     >>   53 UNARY_OP 1 (not)
          54 STORE_NAME 10 (z)
          55 LOAD_CONST 4 (None)
          56 RETURN_VALUE
)DIS");
}

TEST(CompilerGoldenTest, GeneratorsAndAsync) {
  expect_disassembly(R"PY(async def f(a):
    async with a as b:
        await b
    async for x in a:
        yield x
def g():
    x = yield 1
    y = yield from x
    return y
)PY",
                     R"DIS(code <module> (<module>, line 1)
  flags=0x40 argcount=0 posonly=0 kwonly=0 stacksize=1
   1       0 LOAD_CONST 0 (<code f>)
           1 MAKE_FUNCTION 0
           2 STORE_NAME 0 (f)
   6       3 LOAD_CONST 1 (<code g>)
           4 MAKE_FUNCTION 0
           5 STORE_NAME 1 (g)
           6 LOAD_CONST 2 (None)
           7 RETURN_VALUE

code f (f, line 1)
  flags=0x243 argcount=1 posonly=0 kwonly=0 stacksize=6
  varnames: a b x
   2       0 LOAD_FAST 0 (a)
           1 BEFORE_ASYNC_WITH
           2 GET_AWAITABLE 1
           3 LOAD_CONST 0 (None)
     >>    4 SEND 7 (to 7)
           5 YIELD_VALUE 1
           6 JUMP 4 (to 4)
     >>    7 STORE_FAST 1 (b)
   3       8 LOAD_FAST 1 (b)
           9 GET_AWAITABLE
          10 LOAD_CONST 0 (None)
     >>   11 SEND 14 (to 14)
          12 YIELD_VALUE 1
          13 JUMP 11 (to 11)
     >>   14 POP_TOP
   2      15 LOAD_CONST 0 (None)
          16 LOAD_CONST 0 (None)
          17 LOAD_CONST 0 (None)
          18 CALL 2
          19 GET_AWAITABLE 2
          20 LOAD_CONST 0 (None)
     >>   21 SEND 24 (to 24)
          22 YIELD_VALUE 1
          23 JUMP 21 (to 21)
     >>   24 POP_TOP
          25 JUMP 44 (to 44)
     >>   26 PUSH_EXC_INFO
          27 WITH_EXCEPT_START
          28 GET_AWAITABLE 2
          29 LOAD_CONST 0 (None)
     >>   30 SEND 33 (to 33)
          31 YIELD_VALUE 1
          32 JUMP 30 (to 30)
     >>   33 POP_JUMP_IF_TRUE 40 (to 40)
          34 COPY 3
          35 SWAP 2
          36 RERAISE 1
     >>   37 COPY 3
          38 POP_EXCEPT
          39 RERAISE 1
     >>   40 POP_TOP
          41 POP_EXCEPT
          42 POP_TOP
          43 POP_TOP
   4 >>   44 LOAD_FAST 0 (a)
          45 GET_AITER
     >>   46 GET_ANEXT
          47 LOAD_CONST 0 (None)
     >>   48 SEND 51 (to 51)
          49 YIELD_VALUE 1
          50 JUMP 48 (to 48)
     >>   51 STORE_FAST 2 (x)
   5      52 LOAD_FAST 2 (x)
          53 YIELD_VALUE
          54 POP_TOP
   4      55 JUMP 46 (to 46)
     >>   56 END_ASYNC_FOR
          57 LOAD_CONST 0 (None)
          58 RETURN_VALUE
  ExceptionTable:
    7 to 15 -> 26 [1] lasti
    26 to 37 -> 37 [3] lasti
    46 to 51 -> 56 [1]

code g (g, line 6)
  flags=0x63 argcount=0 posonly=0 kwonly=0 stacksize=2
  varnames: x y
   7       0 LOAD_CONST 1 (1)
           1 YIELD_VALUE
           2 STORE_FAST 0 (x)
   8       3 LOAD_FAST 0 (x)
           4 GET_YIELD_FROM_ITER
           5 LOAD_CONST 0 (None)
     >>    6 SEND 9 (to 9)
           7 YIELD_VALUE 1
           8 JUMP 6 (to 6)
     >>    9 STORE_FAST 1 (y)
   9      10 LOAD_FAST 1 (y)
          11 RETURN_VALUE
)DIS");
}

TEST(CompilerGoldenTest, Comprehension) {
  expect_disassembly(R"PY(def f(y):
    return [x * 2 for x in y if x]
)PY",
                     R"DIS(code <module> (<module>, line 1)
  flags=0x40 argcount=0 posonly=0 kwonly=0 stacksize=1
   1       0 LOAD_CONST 0 (<code f>)
           1 MAKE_FUNCTION 0
           2 STORE_NAME 0 (f)
           3 LOAD_CONST 1 (None)
           4 RETURN_VALUE

code f (f, line 1)
  flags=0x43 argcount=1 posonly=0 kwonly=0 stacksize=3
  varnames: y
   2       0 LOAD_CONST 1 (<code f.<locals>.<listcomp>>)
           1 MAKE_FUNCTION 0
           2 PUSH_NULL
           3 LOAD_FAST 0 (y)
           4 GET_ITER
           5 CALL 1
           6 RETURN_VALUE

code f.<locals>.<listcomp> (<listcomp>, line 2)
  flags=0x53 argcount=1 posonly=0 kwonly=0 stacksize=4
  varnames: .0 x
   2       0 BUILD_LIST 0
           1 LOAD_FAST 0 (.0)
     >>    2 FOR_ITER 11 (to 11)
           3 STORE_FAST 1 (x)
           4 LOAD_FAST 1 (x)
           5 POP_JUMP_IF_FALSE 10 (to 10)
           6 LOAD_FAST 1 (x)
           7 LOAD_CONST 0 (2)
           8 BINARY_OP 2 (*)
           9 LIST_APPEND 2
     >>   10 JUMP 2 (to 2)
     >>   11 RETURN_VALUE
)DIS");
}

TEST(CompilerGoldenTest, TryStar) {
  expect_disassembly(R"PY(try:
    a()
except* E as e:
    b(e)
except* F:
    c()
else:
    d()
)PY",
                     R"DIS(code <module> (<module>, line 1)
  flags=0x40 argcount=0 posonly=0 kwonly=0 stacksize=7
   1       0 NOP
   2       1 LOAD_NAME 0 (a)
           2 PUSH_NULL
           3 CALL 0
           4 POP_TOP
   8       5 LOAD_NAME 1 (d)
           6 PUSH_NULL
           7 CALL 0
           8 POP_TOP
           9 JUMP 63 (to 63)
     >>   10 PUSH_EXC_INFO
   3      11 COPY 1
          12 BUILD_LIST 0
          13 SWAP 2
          14 LOAD_NAME 2 (E)
          15 CHECK_EG_MATCH
          16 COPY 1
          17 POP_JUMP_IF_NONE 34 (to 34)
          18 STORE_NAME 3 (e)
   4      19 LOAD_NAME 4 (b)
          20 PUSH_NULL
          21 LOAD_NAME 3 (e)
          22 CALL 1
          23 POP_TOP
   3      24 LOAD_CONST 0 (None)
          25 STORE_NAME 3 (e)
          26 DELETE_NAME 3 (e)
          27 JUMP 35 (to 35)
     >>   28 LOAD_CONST 0 (None)
          29 STORE_NAME 3 (e)
          30 DELETE_NAME 3 (e)
          31 LIST_APPEND 3
          32 POP_TOP
          33 JUMP 35 (to 35)
     >>   34 POP_TOP
   5 >>   35 LOAD_NAME 5 (F)
          36 CHECK_EG_MATCH
          37 COPY 1
          38 POP_JUMP_IF_NONE 48 (to 48)
          39 POP_TOP
   6      40 LOAD_NAME 6 (c)
          41 PUSH_NULL
          42 CALL 0
          43 POP_TOP
   5      44 JUMP 49 (to 49)
     >>   45 LIST_APPEND 3
          46 POP_TOP
          47 JUMP 49 (to 49)
     >>   48 POP_TOP
     >>   49 LIST_APPEND 1
          50 JUMP 51 (to 51)
   1 >>   51 PREP_RERAISE_STAR
          52 COPY 1
          53 POP_JUMP_IF_NOT_NONE 57 (to 57)
          54 POP_TOP
          55 POP_EXCEPT
          56 JUMP 63 (to 63)
     >>   57 SWAP 2
          58 POP_EXCEPT
          59 RERAISE 0
     >>   60 COPY 3
          61 POP_EXCEPT
          62 RERAISE 1
     >>   63 LOAD_CONST 0 (None)
          64 RETURN_VALUE
  ExceptionTable:
    0 to 5 -> 10 [0]
    10 to 19 -> 60 [1] lasti
    19 to 24 -> 28 [4] lasti
    24 to 40 -> 60 [1] lasti
    40 to 44 -> 45 [4] lasti
    44 to 55 -> 60 [1] lasti
)DIS");
}

TEST(CompilerGoldenTest, MatchStatement) {
  expect_disassembly(R"PY(def f(x):
    match x:
        case [1, a, *rest]:
            return a
        case {'k': v, **kw} if v:
            return v
        case Point(p, y=q) | Point(q, y=p):
            return p
        case (1 | 2) as z:
            return z
        case [_, *_, last]:
            return last
        case None:
            pass
        case _:
            return 0
)PY",
                     R"DIS(code <module> (<module>, line 1)
  flags=0x40 argcount=0 posonly=0 kwonly=0 stacksize=1
   1       0 LOAD_CONST 0 (<code f>)
           1 MAKE_FUNCTION 0
           2 STORE_NAME 0 (f)
           3 LOAD_CONST 1 (None)
           4 RETURN_VALUE

code f (f, line 1)
  flags=0x43 argcount=1 posonly=0 kwonly=0 stacksize=6
  varnames: x a rest v kw p q z last
   2       0 LOAD_FAST 0 (x)
   3       1 COPY 1
           2 MATCH_SEQUENCE
           3 POP_JUMP_IF_FALSE 20 (to 20)
           4 GET_LEN
           5 LOAD_CONST 1 (2)
           6 COMPARE_OP 5 (>=)
           7 POP_JUMP_IF_FALSE 20 (to 20)
           8 UNPACK_EX 2
           9 LOAD_CONST 2 (1)
          10 COMPARE_OP 2 (==)
          11 POP_JUMP_IF_FALSE 19 (to 19)
          12 SWAP 2
          13 SWAP 2
          14 STORE_FAST 1 (a)
          15 STORE_FAST 2 (rest)
          16 POP_TOP
   4      17 LOAD_FAST 1 (a)
          18 RETURN_VALUE
     >>   19 POP_TOP
     >>   20 POP_TOP
   5      21 COPY 1
          22 MATCH_MAPPING
          23 POP_JUMP_IF_FALSE 55 (to 55)
          24 GET_LEN
          25 LOAD_CONST 2 (1)
          26 COMPARE_OP 5 (>=)
          27 POP_JUMP_IF_FALSE 55 (to 55)
          28 LOAD_CONST 3 ('k')
          29 BUILD_TUPLE 1
          30 MATCH_KEYS
          31 COPY 1
          32 LOAD_CONST 0 (None)
          33 IS_OP 1 (is not)
          34 POP_JUMP_IF_FALSE 53 (to 53)
          35 UNPACK_SEQUENCE 1
          36 SWAP 3
          37 SWAP 2
          38 BUILD_MAP 0
          39 SWAP 3
          40 DICT_UPDATE 2
          41 UNPACK_SEQUENCE 1
          42 COPY 2
          43 SWAP 2
          44 DELETE_SUBSCR
          45 SWAP 2
          46 STORE_FAST 3 (v)
          47 STORE_FAST 4 (kw)
          48 LOAD_FAST 3 (v)
          49 POP_JUMP_IF_FALSE 56 (to 56)
          50 POP_TOP
   6      51 LOAD_FAST 3 (v)
          52 RETURN_VALUE
     >>   53 POP_TOP
          54 POP_TOP
     >>   55 POP_TOP
   7 >>   56 COPY 1
          57 COPY 1
          58 LOAD_GLOBAL 0 (Point)
          59 LOAD_CONST 4 (('y',))
          60 MATCH_CLASS 1
          61 COPY 1
          62 LOAD_CONST 0 (None)
          63 IS_OP 1 (is not)
          64 POP_JUMP_IF_FALSE 69 (to 69)
          65 UNPACK_SEQUENCE 2
          66 SWAP 2
          67 SWAP 2
          68 JUMP 86 (to 86)
     >>   69 POP_TOP
          70 COPY 1
          71 LOAD_GLOBAL 0 (Point)
          72 LOAD_CONST 4 (('y',))
          73 MATCH_CLASS 1
          74 COPY 1
          75 LOAD_CONST 0 (None)
          76 IS_OP 1 (is not)
          77 POP_JUMP_IF_FALSE 83 (to 83)
          78 UNPACK_SEQUENCE 2
          79 SWAP 2
          80 SWAP 2
          81 SWAP 2
          82 JUMP 86 (to 86)
     >>   83 POP_TOP
          84 POP_TOP
          85 JUMP 96 (to 96)
     >>   86 SWAP 3
          87 SWAP 2
          88 SWAP 3
          89 SWAP 2
          90 POP_TOP
          91 STORE_FAST 5 (p)
          92 STORE_FAST 6 (q)
          93 POP_TOP
   8      94 LOAD_FAST 5 (p)
          95 RETURN_VALUE
   9 >>   96 COPY 1
          97 COPY 1
          98 COPY 1
          99 LOAD_CONST 2 (1)
         100 COMPARE_OP 2 (==)
         101 POP_JUMP_IF_FALSE 103 (to 103)
         102 JUMP 110 (to 110)
     >>  103 COPY 1
         104 LOAD_CONST 1 (2)
         105 COMPARE_OP 2 (==)
         106 POP_JUMP_IF_FALSE 108 (to 108)
         107 JUMP 110 (to 110)
     >>  108 POP_TOP
         109 JUMP 115 (to 115)
     >>  110 POP_TOP
         111 STORE_FAST 7 (z)
         112 POP_TOP
  10     113 LOAD_FAST 7 (z)
         114 RETURN_VALUE
     >>  115 POP_TOP
  11     116 COPY 1
         117 MATCH_SEQUENCE
         118 POP_JUMP_IF_FALSE 134 (to 134)
         119 GET_LEN
         120 LOAD_CONST 1 (2)
         121 COMPARE_OP 5 (>=)
         122 POP_JUMP_IF_FALSE 134 (to 134)
         123 COPY 1
         124 GET_LEN
         125 LOAD_CONST 2 (1)
         126 BINARY_OP 1 (-)
         127 BINARY_SUBSCR
         128 SWAP 2
         129 POP_TOP
         130 STORE_FAST 8 (last)
         131 POP_TOP
  12     132 LOAD_FAST 8 (last)
         133 RETURN_VALUE
     >>  134 POP_TOP
  13     135 LOAD_CONST 0 (None)
         136 IS_OP 0 (is)
         137 POP_JUMP_IF_FALSE 140 (to 140)
  14     138 NOP
         139 JUMP 143 (to 143)
  15 >>  140 NOP
  16     141 LOAD_CONST 5 (0)
         142 RETURN_VALUE
     >>  143 LOAD_CONST 0 (None)
         144 RETURN_VALUE
)DIS");
}

TEST(CompilerTest, OptimizeDropsAssertsAndFoldsDebug) {
  auto plain = testing::compile_source("assert x, 'm'\nif __debug__:\n    y()\n", 0);
  auto opt = testing::compile_source("assert x, 'm'\nif __debug__:\n    y()\n", 1);
  ASSERT_FALSE(plain.result.error);
  ASSERT_FALSE(opt.result.error);
  std::string p = bytecode::disassemble(*plain.result.code);
  std::string o = bytecode::disassemble(*opt.result.code);
  EXPECT_NE(p.find("LOAD_ASSERTION_ERROR"), std::string::npos);
  EXPECT_NE(p.find("LOAD_NAME 1 (y)"), std::string::npos);
  EXPECT_EQ(o.find("LOAD_ASSERTION_ERROR"), std::string::npos);
  EXPECT_EQ(o.find("(y)"), std::string::npos);
}

TEST(CompilerTest, ConstantFolding) {
  auto c = testing::compile_source("x = -1\ny = (1, -2.5, ('a', None))\nz = 60 * 60 * 24, 2 ** 62, 'ab' * 2\n");
  ASSERT_FALSE(c.result.error);
  std::string d = bytecode::disassemble(*c.result.code);
  EXPECT_NE(d.find("(86400, 4611686018427387904, 'abab')"), std::string::npos) << d;
  EXPECT_EQ(d.find("BINARY_OP"), std::string::npos) << d;
  EXPECT_NE(d.find("LOAD_CONST 0 (-1)"), std::string::npos) << d;
  EXPECT_NE(d.find("(1, -2.5, ('a', None))"), std::string::npos) << d;
  EXPECT_EQ(d.find("UNARY_OP"), std::string::npos) << d;
  EXPECT_EQ(d.find("BUILD_TUPLE"), std::string::npos) << d;
}

TEST(CompilerTest, DocstringsAndQualnames) {
  auto c = testing::compile_source(
      "'''mod'''\ndef f():\n    '''doc'''\n    def g():\n        class C:\n            def m(self): return lambda: 0\n"
      "        return C\n    return g\n");
  ASSERT_FALSE(c.result.error);
  const auto& mod = *c.result.code;
  EXPECT_TRUE(mod.has_docstring);
  const bytecode::CodeUnit* f = nullptr;
  for (const auto& k : mod.consts) if (k.kind == bytecode::Constant::Kind::Code) f = k.code.get();
  ASSERT_TRUE(f);
  EXPECT_TRUE(f->has_docstring);
  EXPECT_EQ(f->qualname, "f");
  auto cls = testing::compile_source("class C:\n    'cdoc'\n    x = 1\n");
  ASSERT_FALSE(cls.result.error);
  const bytecode::CodeUnit* body = nullptr;
  for (const auto& k : cls.result.code->consts) if (k.kind == bytecode::Constant::Kind::Code) body = k.code.get();
  ASSERT_TRUE(body);
  EXPECT_TRUE(body->has_docstring);
  EXPECT_EQ(body->consts[0].literal.text, "cdoc");
  std::string d = bytecode::disassemble(mod);
  EXPECT_NE(d.find("code f.<locals>.g.<locals>.C.m.<locals>.<lambda> (<lambda>"), std::string::npos) << d;
  EXPECT_NE(d.find("LOAD_CONST 0 ('f.<locals>.g.<locals>.C')"), std::string::npos) << d;
}

TEST(CompilerTest, FinallyCopiesShareNestedCode) {
  // The finally body is emitted twice; its function must be one constant.
  auto c = testing::compile_source("try:\n    pass\nfinally:\n    def f(): return [x for x in ()]\n");
  ASSERT_FALSE(c.result.error);
  int codes = 0;
  for (const auto& k : c.result.code->consts) codes += k.kind == bytecode::Constant::Kind::Code;
  EXPECT_EQ(codes, 1);
}

TEST(CompilerTest, DeepNestingFailsCleanly) {
  // CPython 3.11 compiles 2900 chained additions and rejects 3100 with
  // "maximum recursion depth exceeded during compilation".
  auto chain = [](int n) {
    std::string s = "y = x";
    for (int i = 1; i < n; ++i) s += "+x";
    return s + "\n";
  };
  auto ok = testing::compile_source(chain(2900));
  ASSERT_EQ(ok.parse_error, "");
  EXPECT_FALSE(ok.result.error);
  auto deep = testing::compile_source(chain(20000));
  ASSERT_EQ(deep.parse_error, "");
  ASSERT_TRUE(deep.result.error);
  EXPECT_EQ(deep.result.error->msg, "maximum recursion depth exceeded during compilation");
}

}  // namespace
}  // namespace pystm::frontend
