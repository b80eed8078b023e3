handled = []
for exc in [ValueError, TypeError, KeyError, ZeroDivisionError]:
    try:
        raise exc("boom")
    except (ValueError, TypeError) as e:
        handled.append(("VT", type(e).__name__))
    except (LookupError, ArithmeticError) as e:
        handled.append(("LA", type(e).__name__))
print(handled)
