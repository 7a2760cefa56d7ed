# A syntax error near the end of an otherwise valid file: nothing runs, exit 1.
# The oracle and pystm must agree on the exit status (1), on an empty
# stdout, and on the last line of stderr (the error message).
def area(w, h):
    return w * h


def perimeter(w, h):
    return 2 * (w + h)


shapes = [(1, 2), (3, 4), (5, 6)]
for w, h in shapes:
    print(area(w, h), perimeter(w, h))
print("this line is never printed, the file does not compile")
total = 0
for w, h in shapes:
    total += area(w, h)
print(total)
x = = 1
