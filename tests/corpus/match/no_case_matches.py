def f(x):
    match x:
        case 1:
            print("one")
        case [_, _]:
            print("pair")
    print("done", x)

f(1)
f([1, 2])
f("nothing")
f(None)
