x = 10
name = "ann"
print(f"{x=}")
print(f"{x * 2 = }")
print(f"{name=!s} {name=}")
print(f"{x=:5d}|")
