# string: constants, Template substitution (safe and strict, custom
# delimiters), Formatter subclasses, capwords.
import string

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
t = string.Template("$who likes ${what}; $$5 costs $price")
print(t.substitute(who="tim", what="kung pao", price="much"))
print(t.safe_substitute(who="tim"))
print(t.get_identifiers(), t.is_valid())
for bad in [dict(who="x"), {}]:
    try:
        t.substitute(bad)
    except KeyError as e:
        print("KeyError", e)
try:
    string.Template("$ bad").substitute()
except ValueError as e:
    print("ValueError", e)


class Percent(string.Template):
    delimiter = "%"
    idpattern = r"[a-z]+"


print(Percent("%name is %{age}").substitute(name="ann", age=7))


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<%s?>" % key
        return super().get_value(key, args, kwargs)


f = Upper()
print(f.format("{0} {name:>8} {missing} {1!r}", "abc", "d", name="bob"))
print(list(string.Formatter().parse("a{0:>3}b{x!s}c{{}}")))
print(string.Formatter().vformat("{a}-{0}", ("pos",), {"a": "kw"}))
print(string.capwords("  hello   big world  "), string.capwords("a-b c-d", "-"))
