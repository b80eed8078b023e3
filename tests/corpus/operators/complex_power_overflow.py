# A complex power with an infinite part is an OverflowError, also when a
# negative float is raised to a fractional power (which goes through the
# complex power); a NaN result is not.
cases = [
    "(-2) ** 2000.5", "pow(-2.0, 2000.5)", "complex(-2) ** complex(2000.5)",
    "complex(float('inf'), 0) ** 0.5", "complex(float('inf'), 0) ** 2",
    "complex(1e300, 1e300) ** 2", "complex(1e200, 0) ** 3", "(-8) ** (1 / 3)",
    "complex(0, 1) ** 2", "complex(2, 1) ** -3",
]
for case in cases:
    try:
        print(case, "=", eval(case))
    except (OverflowError, ZeroDivisionError) as e:
        print(case, type(e).__name__, e)
