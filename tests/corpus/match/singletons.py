def which(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "something else"

# 1 == True but 1 is not True: singletons compare with `is`.
for v in [None, True, False, 1, 0, 1.0, "", []]:
    print(repr(v), which(v))
