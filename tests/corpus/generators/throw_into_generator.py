def gen():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("gen caught", e)
            yield "recovered"

g = gen()
print(next(g))
print(g.throw(ValueError("oops")))
print(next(g))
