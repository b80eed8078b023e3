o = object()
print(type(o).__name__)
print(isinstance(o, object), isinstance(5, object), isinstance(None, object))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(object.__name__, object.__bases__)
