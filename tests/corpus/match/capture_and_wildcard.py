def grab(x):
    match x:
        case 42:
            print("the answer")
        case other:
            print("captured", other)

grab(42)
grab("text")
match [1, 2]:
    case _:
        print("wildcard always matches")
print(other if "other" in dir() else "other not set at module level")
