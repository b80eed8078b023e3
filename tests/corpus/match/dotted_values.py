class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Limits:
    class Inner:
        MAX = 10

def name(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Limits.Inner.MAX:
            return "maximum"
        case _:
            return "unknown"

for c in ["red", "green", "blue", 10, 11]:
    print(c, name(c))
