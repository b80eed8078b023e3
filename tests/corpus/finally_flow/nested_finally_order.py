def f():
    try:
        try:
            try:
                print("innermost")
                return 1
            finally:
                print("finally 3")
        finally:
            print("finally 2")
    finally:
        print("finally 1")

print(f())
