url = b"https://example.com/path"
print(url.partition(b"://"), url.rpartition(b"/"))
print(url.partition(b"#"), url.rpartition(b"#"))
print(bytearray(b"k=v").partition(b"="))
print(b"ab".center(7, b"*"), b"ab".center(6), b"abc".center(6, b"."), b"ab".center(1))
print(b"7".ljust(3, b"0"), b"7".rjust(3, b"0"), b"x".ljust(4) + b"|")
print(b"42".zfill(5), b"-42".zfill(5), b"+4".zfill(4), b"abc".zfill(2), bytearray(b"9").zfill(3))
try:
    b"x".center(5, b"ab")
except TypeError as e:
    print("TypeError:", e)
try:
    url.partition(b"")
except ValueError as e:
    print("ValueError:", e)
