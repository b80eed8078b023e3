print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in ModuleNotFoundError.__mro__])
for cls in [StopIteration, FileNotFoundError, UnicodeDecodeError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
