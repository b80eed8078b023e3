# match and case are soft keywords: still usable as names.
match = [1, 2]
case = 3
print(match, case)
match match:
    case [case, *_]:
        print("case is", case)

def match(x):
    return x * 2
print(match(4))
