def f(x):
    match x:
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
        case [*only]:
            return f"only={only}"

print(f([1, 2, 3, 4, 5]))
print(f((1, 2)))
print(f([9]))
print(f([]))
print(f(range(4)))

match (1, 2, 3):
    case (*init, tail):
        print(init, tail)
match [1, 2, 3]:
    case [head, *_]:
        print("head", head)
match [1, 2, 3, 4]:
    case [*_, a, b]:
        print("last two", a, b)
match [1, 2, 3, 4]:
    case [a, *_, b]:
        print("ends", a, b)
