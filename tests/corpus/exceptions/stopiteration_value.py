try:
    raise StopIteration(42)
except StopIteration as e:
    print(e.value, e.args)
try:
    raise StopIteration
except StopIteration as e:
    print(e.value, e.args)
