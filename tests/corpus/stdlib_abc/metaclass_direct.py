# ABCMeta as an explicit metaclass, with inherited abstract methods.
from abc import ABCMeta, abstractmethod


class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        ...

    @abstractmethod
    def stop(self):
        ...


class Half(Base):
    def run(self):
        return "running"


class Full(Half):
    def stop(self):
        return "stopped"


print(sorted(Half.__abstractmethods__), Full.__abstractmethods__)
f = Full()
print(f.run(), f.stop(), isinstance(f, Base), type(Base))
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
