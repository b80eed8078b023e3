print(set([3, 3, 1]), set((2, 2)), set(range(4)), set({"k": 1}))
print(sorted(set("hello")))
print(set(x % 3 for x in range(10)))
print(set(b"aab"))
