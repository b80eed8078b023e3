class C:
    __match_args__ = ("x",)
    x = 1

match C():
    case C(1, x=1):
        print("no")
