def f():
    return not_defined_anywhere
try:
    f()
except NameError as e:
    print(e, '|', e.args)
try:
    del never_defined_var
except NameError as e:
    print(e)
