# Checks that an exception raised in a ProcessPoolExecutor worker comes back to result()/exception().
from concurrent.futures import ProcessPoolExecutor

class Oops(Exception):
    pass

def risky(x):
    if x == 3:
        raise Oops(f"bad {x}")
    if x == 4:
        return 1 // 0
    return x

if __name__ == "__main__":
    with ProcessPoolExecutor(2) as ex:
        fs = [ex.submit(risky, i) for i in range(6)]
        for i, f in enumerate(fs):
            e = f.exception()
            print(i, type(e).__name__ if e else f.result(), e.args if e else ())
        try:
            fs[3].result()
        except Oops as e:
            print("caught Oops:", e)
        try:
            list(ex.map(risky, [1, 2, 4]))
        except ZeroDivisionError as e:
            print("map raised:", e)
    try:
        ex.submit(risky, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
