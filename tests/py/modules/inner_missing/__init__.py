# A package whose __init__ imports a submodule that itself imports a missing module.
from . import needs_missing
