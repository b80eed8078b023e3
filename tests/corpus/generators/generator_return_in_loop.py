def first_negative(xs):
    for x in xs:
        if x < 0:
            yield x
            return
    yield "none"

print(list(first_negative([1, -2, -3])))
print(list(first_negative([1, 2])))
