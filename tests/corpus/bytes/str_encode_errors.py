text = "na\xefve \u20ac \U0001f600"
print(text.encode(), text.encode("utf-8"))
print(text.encode("ascii", "replace"), text.encode("ascii", "ignore"))
print(text.encode("latin-1", "replace"), text.encode("ascii", "xmlcharrefreplace"))
print(text.encode("ascii", "backslashreplace"))
for enc in ["ascii", "latin-1"]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
        print(e.start, e.end, e.reason)
try:
    "abc\u20ac\u20acx".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "x\U0001f600".encode("latin1")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "\xe9".encode("ascii", "bogus")
except LookupError as e:
    print("LookupError:", e)
print("plain".encode("ascii", "bogus"))
