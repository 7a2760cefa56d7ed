# A script whose own source has a SyntaxWarning: printed to stderr at compile time, before any output.
value = 1
print('value is one:', value is 1)
print([1, 2, 3][1])
