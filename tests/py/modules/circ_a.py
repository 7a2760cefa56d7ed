import circ_b
NAME = 'a'


def describe():
    return 'a sees ' + circ_b.NAME
