def process(x):
    try:
        try:
            if x == 1:
                raise ValueError("v")
            if x == 2:
                raise TypeError("t")
            if x == 3:
                raise KeyError("k")
            return "fine"
        except ValueError:
            return "inner caught ValueError"
        finally:
            print("inner finally", x)
    except TypeError:
        return "outer caught TypeError"

for i in range(3):
    print(process(i))
try:
    process(3)
except KeyError as e:
    print("escaped:", repr(e))
