print("start")
try:
    1 / 0
except ZeroDivisionError:
    try:
        [][1]
    except IndexError:
        {}["k"]
