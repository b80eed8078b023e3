print("test_case.py".removeprefix("test_"), "test_case.py".removesuffix(".py"))
print("abc".removeprefix("x"), "abc".removesuffix(""), "".removeprefix("a"))
names = ["test_a", "b_test", "test_c_test"]
print([n.removeprefix("test_").removesuffix("_test") for n in names])
