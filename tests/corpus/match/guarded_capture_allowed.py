# A guarded capture may come before other cases; an unguarded one may not.
match 5:
    case x if x > 10:
        print("big")
    case y:
        print("y is", y)
match 5:
    case [*_] | _:
        print("or with wildcard last is fine at the end")
def f(v):
    match v:
        case n if n < 0:
            return "negative"
        case n:
            return f"other {n}"
print(f(-1), f(1))
