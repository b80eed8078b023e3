data = {"x": 3, "y": 4.5}
print("{x} and {y}".format_map(data))
print("{:>6}|{:<6}|{:^6}|".format("a", "b", "c"))
print("{:06.2f} {:+d} {:,}".format(3.14159, 5, 1234567))
