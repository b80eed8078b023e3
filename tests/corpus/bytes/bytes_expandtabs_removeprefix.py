table = b"name\tage\n\tbob\t42\r\tx"
print(table.expandtabs())
print(table.expandtabs(4), table.expandtabs(tabsize=2), table.expandtabs(0))
print(b"test_file.py".removeprefix(b"test_"), b"test_file.py".removesuffix(b".py"))
print(b"abc".removeprefix(b"x"), b"abc".removesuffix(b""), bytearray(b"abc").removeprefix(b"a"))
