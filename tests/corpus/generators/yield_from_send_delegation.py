def sub():
    while True:
        x = yield
        if x == "stop":
            return "sub done"
        print("sub got", x)

def main():
    r = yield from sub()
    print("main got", r)
    yield "main end"

g = main()
next(g)
g.send("a")
g.send("b")
print(g.send("stop"))
