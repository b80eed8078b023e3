def factory(prefix):
    class Labeler:
        def label(self, s):
            return prefix + s
    return Labeler()

print(factory("x-").label("one"))
print(factory("y-").label("two"))
