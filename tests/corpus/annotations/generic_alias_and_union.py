# PEP 585 and 604 at run time: list[int] is a types.GenericAlias, int | None a
# types.UnionType, and both work in annotations and isinstance.
print(list[int], dict[str, list[int]], tuple[int, ...])
x = list[int]
print(x.__origin__, x.__args__, x() , x([1,2]))
print(int | None, int | str | None, (int | str).__args__)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance("s", int | None))
def f(a: int | None = None, b: list[str] = []) -> dict[str, int]:
    return {}
print(f.__annotations__)
print(type(int | str), type(list[int]))
print(int | str == str | int, (int | int))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
