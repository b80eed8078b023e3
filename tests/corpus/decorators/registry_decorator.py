HANDLERS = {}
def handles(name):
    def deco(fn):
        HANDLERS[name] = fn
        return fn
    return deco

@handles("add")
def do_add(a, b):
    return a + b

@handles("mul")
def do_mul(a, b):
    return a * b

for op in ["add", "mul"]:
    print(op, HANDLERS[op](3, 4))
print(sorted(HANDLERS))
