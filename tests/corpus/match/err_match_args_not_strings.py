class C:
    __match_args__ = ("x", 2)
    x = 1

match C():
    case C(1, 2):
        print("no")
