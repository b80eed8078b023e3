# Malformed replacement fields in str.format fail with CPython's messages.
cases = [
    ("{!s :}", 5), ("{!", 5), ("x{!q}", 5), ("{name", 5), ("{", 5),
    ("{0!r", 5), ("{0:{1}", 5), ("{a{b}", 5), ("{0:+c}", 65), ("{0:#c}", 65),
    ("{:%}", "text"), ("{:=^x}", 3), ("{0[1:2]}", {"1:2": "ok"}), ("{0!r:>6}", "ab"),
]
for fmt, arg in cases:
    try:
        print(repr(fmt), repr(fmt.format(arg)))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
print("{:5c}|{:<5c}|{:^5c}".format(66, 67, 68))
