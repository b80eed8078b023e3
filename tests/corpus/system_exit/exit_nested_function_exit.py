import sys

def validate(xs):
    for x in xs:
        if x < 0:
            print("negative found:", x)
            sys.exit(x * -1)
        print("ok", x)

validate([1, 2, -9, 4])
