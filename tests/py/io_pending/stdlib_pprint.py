# PENDING: move to tests/py/cases/io/ once its blocker is merged (see the next line).
# Blocked by types.MappingProxyType being dict (pprint dispatches dict.__repr__ to its mappingproxy printer; the pysuite branch adds the proxy).
# pprint: pformat/pprint to a stream, width, depth, sort_dicts, recursive structures.
import io
import pprint

data = {'name': 'pystm', 'numbers': list(range(30)), 'nested': {'a': [1, 2, {'deep': (3, 4)}], 'b': None},
        'text': 'x' * 50, 'set': {3, 1, 2}}
print(pprint.pformat(data))
print(pprint.pformat(data, width=40, depth=2))
print(pprint.pformat(data, sort_dicts=False, compact=True))
stream = io.StringIO()
pprint.pprint(data['numbers'], stream=stream, width=30)
print(stream.getvalue())
loop = [1, 2]
loop.append(loop)
print(pprint.isrecursive(loop), pprint.isreadable(data), pprint.isreadable(loop))
pp = pprint.PrettyPrinter(indent=4, width=20)
pp.pprint({'k%d' % i: i for i in range(5)})
print(pprint.saferepr({'x': [1, 2]}))
