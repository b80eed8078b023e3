class Base:
    @property
    def label(self):
        return "base"

class Child(Base):
    @property
    def label(self):
        return "child of " + super().label

print(Base().label)
print(Child().label)
