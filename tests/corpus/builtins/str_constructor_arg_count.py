# str() takes at most three arguments (object, encoding, errors).
data = b"caf\xc3\xa9"
print(str(data, "utf-8"), str(data, "ascii", "ignore"), str(object=data))
for args in [(data, "utf-8", "strict", "extra"), (data, "utf-8", "strict", 1, 2)]:
    try:
        str(*args)
    except TypeError as e:
        print("TypeError:", e)
