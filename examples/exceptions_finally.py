# try/except/else/finally, small enough to read its bytecode.

def divide(a, b):
    try:
        q = a / b
    except ZeroDivisionError:
        print("except")
    else:
        print("else:", q)
    finally:
        print("finally")


divide(7, 2)
divide(1, 0)
