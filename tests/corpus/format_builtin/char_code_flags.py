# The 'c' presentation of an int takes fill, align and width, but no sign or '#'.
print(format(65, "c"), f"{97:>4c}|", f"{9731:*^5c}")
for spec in ["+c", " c", "#c", "-c"]:
    try:
        print(spec, repr(format(66, spec)))
    except ValueError as e:
        print(spec, "ValueError:", e)
