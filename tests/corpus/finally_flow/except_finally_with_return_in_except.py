def f():
    try:
        raise ValueError
    except ValueError:
        print("except")
        return "from except"
    finally:
        print("finally")

print(f())
