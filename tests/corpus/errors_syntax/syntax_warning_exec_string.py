# Code run by exec() from a string warns without a source line: the
# warnings module finds lines through files, and "<string>" is none.
source = "value = 3\nresult = value is 'text'\n"
exec(source)
print("ran", result)
try:
    exec("[1, 2] (0)")
except TypeError as e:
    print("TypeError:", e)
