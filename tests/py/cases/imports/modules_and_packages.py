# import of source modules and packages from sys.path: absolute, relative,
# submodules, aliases, identity of repeated imports, module attributes.
import sys
sys.path.insert(0, __file__.rsplit('/', 3)[0] + '/modules')

import geometry
from geometry import Point, area as rect_area
print(geometry.UNIT, Point(1, 2), rect_area(3, 4), geometry.calls)
print(geometry.__name__, geometry.__doc__, geometry.__package__ == '')
import geometry as g2
print(g2 is geometry, 'geometry' in sys.modules)

import shop
print(shop.VERSION, shop.__name__, shop.__package__)
cart = shop.Cart().add('apple', 2).add('plum')
print(cart.total(), cart.known())
import shop.util.fmt
print(shop.util.fmt.money(1234), shop.util.fmt.table())
import shop.util.fmt as fmt
print(fmt is shop.util.fmt, fmt.__package__)
from shop import pricing
print(pricing.price_of('pear', 3), pricing is sys.modules['shop.pricing'])
from shop.util import fmt as fmt2
print(fmt2.money(5))

import circ_a
print(circ_a.describe(), circ_a.circ_b.describe())
