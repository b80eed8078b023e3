class Pair:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, 2

match Pair():
    case Pair(1, 2):
        print("fits")
match Pair():
    case Pair(1, 2, 3):
        print("no")
