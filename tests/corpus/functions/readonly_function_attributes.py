# A function's __globals__, __closure__ and __builtins__ are read-only;
# __code__ and __dict__ only take a code object and a dict.
def sample():
    return 1


for name in ("__globals__", "__closure__", "__builtins__", "__code__", "__dict__"):
    try:
        setattr(sample, name, None)
        print(name, "assigned")
    except (AttributeError, TypeError) as e:
        print(name, type(e).__name__, e)
sample.__doc__ = "documented"
sample.tag = "free attribute"
print(sample.__doc__, sample.tag, sample())
