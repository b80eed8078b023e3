# A program that stops with an uncaught exception, to show a traceback.

def average(numbers):
    return sum(numbers) / len(numbers)


try:
    print(average([]))
except ZeroDivisionError as e:
    print("caught:", e)

print(average([90, 72, 85]))
print(average([]))
print("not reached")
