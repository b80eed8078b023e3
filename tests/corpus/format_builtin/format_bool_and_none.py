print("{} {} {}".format(True, False, None))
print("{:d} {:>5}".format(True, str(False)))
print(f"{True:>6}|{None!s:>6}|")
print(format(True, "d"), format(False, ".1f"))
