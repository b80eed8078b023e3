print(isinstance(3, (str, (float, (int,)))))
print(isinstance("x", ()))
print(issubclass(bool, (str, int)))
print(issubclass(int, (bool, float)))
