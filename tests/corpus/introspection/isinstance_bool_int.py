print(isinstance(True, int), isinstance(1, bool))
print(isinstance(1.0, int), isinstance(1, float))
print(type(True) == int, issubclass(bool, int))
print(True + True, True * 10)
