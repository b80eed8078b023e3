# `del obj.attr` goes to a class descriptor's __delete__; a descriptor
# with __set__ but no __delete__ refuses the deletion.
class Tracked:
    def __get__(self, obj, owner):
        return "value"

    def __set__(self, obj, value):
        print("set", value)

    def __delete__(self, obj):
        print("delete on", type(obj).__name__)


class SetOnly:
    def __get__(self, obj, owner):
        return 1

    def __set__(self, obj, value):
        pass


class Holder:
    field = Tracked()
    fixed = SetOnly()


h = Holder()
print(h.field)
h.field = 3
del h.field
try:
    del h.fixed
except AttributeError as e:
    print("AttributeError", e)
