class Base:
    @classmethod
    def make(cls):
        return cls()
    def name(self):
        return type(self).__name__

class Sub(Base):
    pass

print(Base.make().name())
print(Sub.make().name())
print(Sub().make().name())
