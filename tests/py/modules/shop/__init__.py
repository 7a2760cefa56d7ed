from .cart import Cart
VERSION = (1, 2)
print('shop package initialised as', __name__)
