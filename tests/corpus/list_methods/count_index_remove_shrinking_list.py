# list.count/index/remove reread the list at each step, so an __eq__ that shrinks it is seen.
class Shrinker:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.pop()
        return True


for method in ("count", "index", "remove"):
    items = [1, 2, 3, None, 4]
    items[3] = Shrinker(items)
    try:
        print(method, getattr(items, method)(4), len(items))
    except ValueError as e:
        print(method, "ValueError:", e, len(items))
data = [5, 6, 7]
print(data.count(6), data.index(7), data.remove(5), data)
