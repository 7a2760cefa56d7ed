# Pickling and copying built-in functions and methods: by name through __module__, or getattr(receiver, name).
import math, pickle, copy, os
for obj in [math.sqrt, len, print, os.stat, [].append.__self__]:
    data = pickle.dumps(obj)
    print(pickle.loads(data) is obj or pickle.loads(data) == obj)
m = [1, 2].append
m2 = pickle.loads(pickle.dumps(m))
print(m2.__self__, m2.__name__)
print(pickle.loads(pickle.dumps(str.upper))('x'), copy.copy(len) is len, copy.deepcopy(math.floor) is math.floor)
print(len.__reduce__(), math.sqrt.__reduce__())
