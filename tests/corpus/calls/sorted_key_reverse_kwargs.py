people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, reverse=True))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: len(p[0])))
