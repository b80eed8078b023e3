def src():
    for i in range(3):
        print("producing", i)
        yield i

g = (x * 10 for x in src())
print("genexpr created")
for v in g:
    print("consumed", v)
