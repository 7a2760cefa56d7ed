from ..pricing import PRICES


def money(cents):
    return '$%d.%02d' % (cents // 100, cents % 100)


def table():
    return [k + '=' + money(v * 100) for k, v in sorted(PRICES.items())]
