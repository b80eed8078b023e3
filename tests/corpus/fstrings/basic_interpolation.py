name = "Ann"
age = 30
print(f"{name} is {age} years old")
print(f"{name!r} {name!s} {age + 1}")
print(f"{'nested quotes'}", f"{[1, 2][0]}", f"{ {'k': 1}['k'] }")
print(F"upper F prefix {age}")
