def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    except TypeError as e:
        return "type error: " + str(e)

print(safe_div(1, 4))
print(safe_div(1, 0))
print(safe_div(1, "x"))
