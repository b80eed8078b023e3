# A metaclass's __getitem__, __iter__, __len__, __contains__ serve the class;
# __class_getitem__ is an implicit classmethod; __mro_entries__ (PEP 560).
class Registry(type):
    def __getitem__(cls, key):
        return "%s[%r]" % (cls.__name__, key)

    def __iter__(cls):
        return iter(cls.items)

    def __len__(cls):
        return len(cls.items)

    def __contains__(cls, item):
        return item in cls.items


class Colors(metaclass=Registry):
    items = ["red", "green"]


print(Colors["x"], list(Colors), len(Colors), "red" in Colors, "blue" in Colors)


class Box:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


class Crate(Box):
    pass


print(Box[int], Crate[str])


class Base:
    pass


class Alias:
    def __mro_entries__(self, bases):
        return (Base,)


alias = Alias()


class Derived(alias):
    pass


print(Derived.__bases__, Derived.__orig_bases__ == (alias,), issubclass(Derived, Base))
