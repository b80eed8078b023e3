pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (LookupError, Exception),
    (Exception, BaseException),
    (KeyboardInterrupt, Exception),
    (SystemExit, BaseException),
    (StopIteration, Exception),
    (UnboundLocalError, NameError),
    (NotImplementedError, RuntimeError),
    (RecursionError, RuntimeError),
    (ModuleNotFoundError, ImportError),
    (FileNotFoundError, OSError),
    (TypeError, ValueError),
    (GeneratorExit, Exception),
]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
