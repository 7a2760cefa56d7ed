import circ_a
NAME = 'b'


def describe():
    return 'b sees ' + circ_a.NAME
