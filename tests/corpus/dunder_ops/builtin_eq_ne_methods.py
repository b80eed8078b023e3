# __eq__ and __ne__ of builtin types answer NotImplemented for operands of other kinds.
print(set().__ne__(1), set().__eq__(set()), {1}.__ne__({1}), (1).__eq__(1.0), (1.0).__eq__(1), "a".__eq__("a"), "a".__ne__(1))
print([1].__eq__([1]), {}.__ne__({"a": 1}), {}.__ne__(1), range(3).__eq__(range(0, 3)), (1,).__ne__((2,)))
class MyInt(int):
    pass
print(MyInt(3) == 3, MyInt(3).__eq__(3), {MyInt(3): 1}[3], 3 in {MyInt(3)}, MyInt(2) != 2)
class E(str):
    def __eq__(self, o):
        return super().__eq__(o.lower() if isinstance(o, str) else o)
    __hash__ = str.__hash__
print(E("ab") == "AB", E("ab") != "x", E("ab").__ne__("ab"))
