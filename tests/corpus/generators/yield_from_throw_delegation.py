def sub():
    try:
        yield 1
    except ValueError:
        print("sub handled ValueError")
        yield "sub-recovered"

def main():
    yield from sub()
    yield "main"

g = main()
print(next(g))
print(g.throw(ValueError))
print(next(g))
