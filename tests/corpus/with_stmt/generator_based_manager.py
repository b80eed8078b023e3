from contextlib import contextmanager

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("p") as t:
    print("content", t)
with tag("div"), tag("span"):
    print("nested")
