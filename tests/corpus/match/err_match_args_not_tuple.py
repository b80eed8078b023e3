class C:
    __match_args__ = ["x"]
    x = 1

match C():
    case C(x=1):
        print("keywords do not read __match_args__")
match C():
    case C(1):
        print("no")
