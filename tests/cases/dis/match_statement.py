class Point:
    __match_args__ = ("x", "y")

def where(p):
    match p:
        case Point(0, y=0):
            return "origin"
        case [x, *rest] | (x, rest):
            return x
        case {"k": v, **others} if v:
            return others
        case None | "s" as s:
            return s
        case _:
            return None
