# keyword, gc and types: the small modules programs reach for.
import gc
import keyword
import types

print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"))
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print(gc.isenabled(), gc.collect() >= 0)
gc.disable()
print(gc.isenabled())
gc.enable()


def f():
    yield 1


class C:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(f(), types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(types, types.ModuleType), type(None) is types.NoneType)
ns = types.SimpleNamespace(x=1, y="two")
ns.z = [3]
print(ns, ns.x, ns == types.SimpleNamespace(x=1, y="two", z=[3]))
try:
    types.SimpleNamespace({"a": 1}, b=2)
except TypeError as e:
    print(e)
