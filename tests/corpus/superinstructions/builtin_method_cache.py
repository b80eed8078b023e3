# LOAD_METHOD remembers a builtin type's method per name; the same code
# then meets other types with a method of that name, or none.
def call_upper(x):
    return x.upper()


def call_count(x):
    return x.count(1)


for value in ("abc", b"abc", "déjà", bytearray(b"xyz")):
    print(repr(call_upper(value)))
for value in ([1, 1, 2], (1, 2, 1), "1a1", b"\x01\x01"):
    try:
        print(call_count(value))
    except TypeError as e:
        print("TypeError:", e)


class Text(str):
    def upper(self):
        return "overridden " + str.upper(self)


print(call_upper(Text("sub")))
print(call_upper("plain"))
for obj in (1, 2.5, True, [], {}):
    try:
        print(obj.bit_length())
    except AttributeError as e:
        print("AttributeError:", e)
try:
    list.append = None
except TypeError as e:
    print("TypeError:", e)
words = ["a", "b"]
for w in words:
    words.append(w.upper()) if len(words) < 6 else None
print(words)
for name in ("find", "index", "rfind", "rindex", "count"):
    try:
        getattr("a", name)(1)
    except TypeError as e:
        print(name, "TypeError:", e)
