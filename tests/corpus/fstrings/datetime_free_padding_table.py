rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
print(f"{'item':<12}{'price':>8}{'qty':>5}")
for item, price, qty in rows:
    print(f"{item:<12}{price:>8.2f}{qty:>5d}")
print(f"{'total':<12}{sum(p * q for _, p, q in rows):>8.2f}")
