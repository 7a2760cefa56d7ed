def ratio(total, count):
    scale = 100
    return total * scale // count

values = [3, 4, 0]
results = [ratio(10, v) for v in values]
