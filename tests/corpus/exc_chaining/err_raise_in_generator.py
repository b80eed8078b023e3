def gen():
    yield 1
    raise ValueError("generator broke")

for x in gen():
    print("got", x)
