for n in [0, 999, 1000, 1234567, -9876543]:
    print(f"{n:,} {n:_} {n:,d}")
print(f"{1234567.891:,.2f} {0.5:,}")
print(f"{0xDEADBEEF:_x} {255:_b}")
