print("{} {}".format(1, 2))
print("{1} {0}".format(1, 2))
try:
    "{} {0}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
