from itertools import zip_longest
print(list(zip_longest("abc", [1])))
print(list(zip_longest("ab", "xyz", fillvalue="-")))
print(list(zip_longest()))
