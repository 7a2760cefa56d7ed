# benchmarks/py/json_roundtrip.py — json round trips: build nested
# documents (dicts, lists, strings with escapes and non-ASCII, ints, floats,
# booleans, None), dump them compact, indented and sorted, load them back,
# compare, and fold the results into a checksum.
import json

DOCS = 2500


def make_doc(i, seed):
    items = []
    for j in range(8):
        seed = (seed * 1103515245 + 12345) % 2147483648
        items.append({
            'id': i * 100 + j,
            'name': 'item "%d" \\ caf\u00e9 \u2603 #%d' % (seed % 1000, j),
            'price': (seed % 100000) / 100.0,
            'tags': ['t%d' % ((seed >> k) % 17) for k in range(5)],
            'in_stock': seed % 3 != 0,
            'note': None if seed % 5 else 'line one\nline\ttwo',
        })
    return {'order': i, 'customer': {'name': 'Customer %d' % i, 'vip': i % 7 == 0,
                                     'address': {'city': 'City %d' % (i % 40), 'zip': '%05d' % (seed % 99999)}},
            'items': items, 'total': sum(it['price'] for it in items), 'meta': {'v': 2, 'ok': True}}, seed


seed = 11
docs = []
for i in range(DOCS):
    doc, seed = make_doc(i, seed)
    docs.append(doc)

compact_len = 0
pretty_len = 0
checksum = 0
for doc in docs:
    compact = json.dumps(doc, separators=(',', ':'))
    pretty = json.dumps(doc, indent=2, sort_keys=True)
    ascii_only = json.dumps(doc, ensure_ascii=True)
    back = json.loads(compact)
    assert back == doc
    assert json.loads(pretty) == doc
    assert json.loads(ascii_only) == doc
    compact_len += len(compact)
    pretty_len += len(pretty)
    checksum = (checksum * 31 + len(ascii_only) + back['order']) % 1000000007

everything = json.dumps(docs)
again = json.loads(everything)
print('json_roundtrip', DOCS, compact_len, pretty_len, len(everything), checksum)
print(again == docs, round(sum(d['total'] for d in again), 2), sum(len(d['items']) for d in again))
