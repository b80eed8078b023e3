class Thing:
    count = 0
    @classmethod
    def incr(cls):
        cls.count += 1
        return cls.count

print(Thing.incr(), Thing.incr(), Thing().incr())
print(Thing.count)
