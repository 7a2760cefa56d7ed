value = 1
raise RuntimeError('broken module refuses to load')
