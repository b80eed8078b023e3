# Virtual subclasses through ABCMeta.register, also as a decorator.
from abc import ABC


class Container(ABC):
    pass


Container.register(list)


@Container.register
class Bag:
    pass


class Tuply(Container):
    pass


Tuply.register(tuple)
print(isinstance([], Container), issubclass(Bag, Container))
print(isinstance((), Container), isinstance((), Tuply), isinstance([], Tuply))
print(isinstance(3, Container), Container.register(Tuply) is Tuply)
print(Bag.__mro__)
