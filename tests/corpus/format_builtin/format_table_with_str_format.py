header = "{:<8}|{:>6}|{:>8}".format("name", "qty", "price")
print(header)
print("-" * len(header))
for name, qty, price in [("bolt", 120, 0.05), ("nut", 80, 0.04), ("gear", 3, 12.5)]:
    print("{:<8}|{:>6d}|{:>8.2f}".format(name, qty, price))
