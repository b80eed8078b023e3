mode = "fast"

class Config:
    match mode:
        case "fast":
            speed = 10
        case "slow":
            speed = 1
        case other:
            speed = 0

print(Config.speed)

def in_generator(items):
    for item in items:
        match item:
            case int(n):
                yield n * 2
            case str(s):
                yield s.upper()

print(list(in_generator([1, "a", 2, None, "b"])))
