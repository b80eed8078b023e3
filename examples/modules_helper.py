# A module for modules_main.py to import. Its body runs once per program.

print("modules_helper: running the body, __name__ is", repr(__name__))

VERSION = "1.0"
calls = 0


def greet(name):
    global calls
    calls += 1
    return "Hello, %s!" % name


if __name__ == "__main__":
    print("run as a script, not imported:", greet("me"))
