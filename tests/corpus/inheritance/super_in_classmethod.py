class Base:
    @classmethod
    def create(cls):
        return cls.__name__ + " created by Base"

class Derived(Base):
    @classmethod
    def create(cls):
        return "Derived wraps: " + super().create()

print(Derived.create())
print(Base.create())
