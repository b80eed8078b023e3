# A property's __doc__: its fget's docstring, an explicit doc=, or one
# assigned to the property object afterwards.
def f(self):
    'fget doc'
p = property(f); print(p.__doc__)
q = property(lambda s: 1); print(q.__doc__)
r = property(f, doc='explicit'); print(r.__doc__)
class C:
    @property
    def x(self):
        'the x'
        return 1
print(C.x.__doc__)
print(property().__doc__)
q.__doc__ = "222"; print(q.__doc__)
