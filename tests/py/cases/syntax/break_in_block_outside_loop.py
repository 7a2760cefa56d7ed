# `break` and `continue` outside any loop but inside blocks whose exits the
# compiler unwinds (with, try/finally, try/except, except handlers): a clean
# SyntaxError each time, and the compiler goes on compiling other code.
sources = [
    "with open('x') as f:\n    break\n",
    "with a, b:\n    if x:\n        continue\n",
    "try:\n    pass\nfinally:\n    break\n",
    "try:\n    break\nfinally:\n    pass\n",
    "try:\n    continue\nexcept E:\n    pass\n",
    "try:\n    pass\nexcept E as e:\n    with m:\n        break\n",
    "def f():\n    with m:\n        try:\n            break\n        finally:\n            pass\n",
    "async def f():\n    async with m:\n        continue\n",
    "with m:\n    for i in x:\n        pass\n    break\nprint('after')\n",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
# The compiler is still sound afterwards.
code = compile("with m:\n    for i in range(2):\n        break\nr = 1\n", "<ok>", "exec")
print(type(code).__name__)
