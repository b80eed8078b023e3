class Base:
    registry = []
    @classmethod
    def register(cls):
        cls.registry.append(cls.__name__)

class A(Base): pass
class B(Base):
    registry = []

A.register()
B.register()
Base.register()
print(Base.registry, A.registry, B.registry)
