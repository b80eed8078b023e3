def documented(x):
    """Return x doubled.

    This docstring is just an expression statement.
    """
    return x * 2
print(documented(21))
def only_doc():
    'single quoted docstring'
print(only_doc())
