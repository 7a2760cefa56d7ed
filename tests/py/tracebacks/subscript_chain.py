table = {'rows': [[1, 2], [3, 4]]}

def cell(t, r, c):
    return t['rows'][r][c]

def total(t):
    return cell(t, 0, 1) + cell(t, 1, 5)

print(total(table))
