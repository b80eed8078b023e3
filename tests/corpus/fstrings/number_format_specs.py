x = 1234.5678
print(f"{x:.2f} {x:10.3f} {x:e} {x:.3e} {x:g} {x:%}")
print(f"{x:,.2f} {x:_.1f} {x:+.1f} {-x:+.1f} {x: .0f}")
n = 255
print(f"{n:b} {n:o} {n:x} {n:X} {n:#x} {n:#o} {n:#b} {n:08b}")
print(f"{n:,} {10**9:_} {n:+d} {n:=+8d} {-n:08d}")
