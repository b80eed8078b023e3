# Results too big to build raise MemoryError (or CPython's ValueError for
# a huge precision) instead of crashing; a long float precision is exact
# digits and then zeros.
cases = [
    "'ab' * 2**62", "[0] * 2**62", "(1, 2) * 2**61", "'x'.ljust(2**62)", "'x'.zfill(2**62)",
    "b'x'.center(2**62)", "bytes(2**62)", "b'xy' * 2**62", "'{:5000000000000}'.format(1)",
    "'%.5000000000f' % 1.5", "(1).to_bytes(2**62, 'big')", "'a\\tb'.expandtabs(2**40)",
]
for case in cases:
    try:
        eval(case)
        print(case, "built")
    except (MemoryError, ValueError, OverflowError) as e:
        print(case, type(e).__name__, e)
text = format(2.5, ".70000f")
print(len(text), text[:5], set(text[4:]))
print(int.from_bytes([1, 2], "big"))
try:
    int.from_bytes([1, 300], "big")
except ValueError as e:
    print("ValueError:", e)
