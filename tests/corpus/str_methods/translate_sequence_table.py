# Any object with __getitem__ is a table: a LookupError (here IndexError
# from a list) keeps the character.
table = [None] * 100
table[97] = "A"
table[98] = 67
print("abc xyz".translate(table))
print("hello".translate(["?"] * 200))
print("abc\u20ac".translate(["-"] * 100))
