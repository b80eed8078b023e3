# Sizes no machine can allocate are a MemoryError (or CPython's OverflowError), never a crash.
cases = [
    lambda: bytes(2**62),
    lambda: bytearray(2**62),
    lambda: [0] * 2**62,
    lambda: (1, 2) * 2**62,
    lambda: "ab" * 2**62,
    lambda: b"a" * 2**62,
    lambda: "a".ljust(2**62),
    lambda: "a".zfill(2**62),
    lambda: b"a".center(2**62),
    lambda: format(1, "1000000000000000000"),
    lambda: "%*d" % (2**62, 1),
    lambda: "\t".expandtabs(2**62),
    lambda: list(range(2**62)),
    lambda: (1024).to_bytes(2**62, "big"),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "built")
    except (MemoryError, OverflowError) as e:
        print(i, type(e).__name__)
print("still running")
