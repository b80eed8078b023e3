import math
for fn, arg in [(math.sqrt, -1), (math.log, 0), (math.factorial, -1), (math.acos, 2)]:
    try:
        fn(arg)
    except ValueError as e:
        print(fn.__name__, "ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
