def gen():
    try:
        yield 1
    finally:
        print("cleanup")

g = gen()
print(g.close())
g2 = gen()
next(g2)
print(g2.close())
