# len() and list.append run inside the eval loop for the builtin types;
# everything else takes the ordinary call, errors included.
class Sized:
    def __len__(self):
        return 7


class MyList(list):
    def append(self, item):
        super().append(item * 2)


for value in ("héllo", [1, 2], (1,), {"a": 1}, {1, 2}, b"abc", range(5), Sized(), MyList([1])):
    print(type(value).__name__, len(value))
xs = []
for i in range(3):
    xs.append(i)
    xs.append(xs)
print(len(xs), xs[0], xs[1] is xs)
m = MyList()
m.append(5)
list.append(m, 1)
print(m)
add = xs.append
add("bound")
print(xs[-1])
for bad in (lambda: len(), lambda: len(1, 2), lambda: len(5), lambda: xs.append(), lambda: xs.append(1, 2), lambda: list.append((), 1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
len = lambda x: "shadowed"
print(len([1]))
