# List slices: a step-1 slice copies a run of items at once; any other
# step, and bounds whose __index__ changes the list, take the general path.
xs = list(range(10))
for s in [slice(None), slice(1, None), slice(None, -1), slice(3, 2), slice(-100, 100), slice(None, None, -1), slice(8, 2, -2), slice(2, 8, 3), slice(5, 5), slice(20, 30), slice(-3, None)]:
    print(s, xs[s])
class Shrink:
    def __index__(self):
        del xs[5:]
        return 7
print(xs[2:Shrink()], xs)
print([][1:], [1][0:1])
