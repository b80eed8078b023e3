lst = [x for x in range(3)]
gen = (x for x in range(3))
print(type(lst).__name__, type(gen).__name__)
print(lst, list(gen), list(gen))
print(sum([x for x in range(4)]), sum(x for x in range(4)))
