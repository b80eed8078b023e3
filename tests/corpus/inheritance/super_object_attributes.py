# A super object's own attributes: __class__ is super itself (never looked
# up along the MRO), __thisclass__ the class it was made in, __self__ the
# bound object and __self_class__ its type.
class Base:
    def who(self):
        return "base"


class Child(Base):
    def probe(self):
        s = super()
        return (s.__class__.__name__, s.__thisclass__.__name__,
                s.__self__ is self, s.__self_class__.__name__, s.who())


print(Child().probe())
print(super(Child, Child).__self__ is Child, super(Child, Child).__self_class__.__name__)
