# warnings: warn with categories and stacklevel, filters (simplefilter,
# filterwarnings with message/module regexes), catch_warnings(record=True),
# "once"/"default" deduplication, errors, formatwarning and showwarning.
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api()
    warnings.warn("plain user warning")
    warnings.warn(RuntimeWarning("instance warning"))
    warnings.warn_explicit("explicit", SyntaxWarning, "file.py", 42)
for w in caught:
    print(w.category.__name__, str(w.message), w.filename.endswith(("warnings_smoke.py", "file.py")), w.lineno > 0)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("repeated")
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("from one line")
print(len(caught))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="ignore me.*")
    warnings.filterwarnings("error", category=UserWarning, message="fatal")
    warnings.warn("ignore me please")
    warnings.warn("kept")
    try:
        warnings.warn("fatal")
    except UserWarning as e:
        print("raised", e)
print([str(w.message) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", FutureWarning)
    except FutureWarning as e:
        print("FutureWarning", e)
print(warnings.formatwarning("msg", UserWarning, "f.py", 7, "line of code").strip())
shown = []
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: shown.append(
        (str(message), category.__name__))
    warnings.warn("to the hook", ResourceWarning)
print(shown)
print(issubclass(DeprecationWarning, Warning), [f[0] for f in warnings.filters[:0]])
