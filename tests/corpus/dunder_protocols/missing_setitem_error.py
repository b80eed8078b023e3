class RO:
    def __getitem__(self, i):
        return i

r = RO()
print(r[5])
try:
    r[5] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del r[5]
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
