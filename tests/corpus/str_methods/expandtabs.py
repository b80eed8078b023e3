print("a\tb\tc".expandtabs(), "a\tb".expandtabs(4), repr("\t".expandtabs(2)))
print("12345\t6".expandtabs(4))
for line in ["x\ty", "xx\ty", "xxxx\ty"]:
    print(repr(line.expandtabs(4)))
