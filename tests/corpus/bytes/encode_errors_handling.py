data = b"ok\xff\xfeok"
print(data.decode("utf-8", errors="replace"))
print(data.decode("utf-8", errors="ignore"))
print("naïve".encode("ascii", errors="replace"))
print("naïve".encode("ascii", errors="ignore"))
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
