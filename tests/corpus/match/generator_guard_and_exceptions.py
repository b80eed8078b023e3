def gen(items):
    for it in items:
        match it:
            case [x, y] if (yield x):
                print("guard true", y)
            case _:
                pass
g = gen([[1, 2], [3, 4], 5])
print(next(g)); print(g.send(True)); 
try:
    g.send(False)
except StopIteration:
    print("stop")
class Boom:
    def __eq__(self, o):
        raise RuntimeError("eq failed")
def f(v):
    for i in range(2):
        try:
            match [v, i]:
                case [[1, 2, (3 | 4) as q, *rest], k]:
                    print("no")
                case [Boom.X, _]:
                    print("no")
        except RuntimeError as e:
            print("caught", e, i)
        except AttributeError as e:
            print("attr", e)
f([1, 2, 3, Boom()])
Boom.X = Boom()
f(5)
