kinds = [ValueError, TypeError, KeyError, IndexError, ZeroDivisionError, RuntimeError,
         NameError, AttributeError, AssertionError, StopIteration, OverflowError,
         RecursionError, UnboundLocalError, NotImplementedError, Exception]
for k in kinds:
    try:
        raise k('boom')
    except Exception as e:
        print(type(e).__name__, e, repr(e))
for k in kinds:
    try:
        raise k
    except Exception as e:
        print(type(e).__name__, repr(str(e)), e.args)
