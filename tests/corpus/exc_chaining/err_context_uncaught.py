def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("parse failed for " + repr(s))

print(parse("12"))
parse("x")
