def target(a, b=0, *rest, key=None, **extra):
    return "a=%r b=%r rest=%r key=%r extra=%r" % (a, b, rest, key, sorted(extra.items()))

def wrapper(*args, **kwargs):
    print("forwarding", len(args), "positional,", len(kwargs), "keyword")
    return target(*args, **kwargs)

print(wrapper(1))
print(wrapper(1, 2, 3, key="k", other=5))
