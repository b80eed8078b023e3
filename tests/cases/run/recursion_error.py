def countdown(n):
    return countdown(n - 1)

try:
    countdown(10)
except RecursionError as error:
    print("caught:", error)
countdown(5)
