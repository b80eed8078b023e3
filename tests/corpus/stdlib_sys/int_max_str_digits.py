# sys.set_int_max_str_digits moves the limit on decimal int<->str conversions; int() obeys it too.
import sys
print(sys.get_int_max_str_digits())
for f in [lambda: str(10**5000), lambda: int("1" * 5000), lambda: int("1" * 5000, 16), lambda: int("0x" + "1" * 5000, 0), lambda: int(b"9" * 4301)]:
    try:
        r = f()
        print("ok", r.bit_length())
    except ValueError as e:
        print("ValueError:", e)
sys.set_int_max_str_digits(5000)
print(len(str(10**4999)), int("7" * 5000) % 10)
for n in [100, -1]:
    try:
        sys.set_int_max_str_digits(n)
    except ValueError as e:
        print("ValueError:", e)
sys.set_int_max_str_digits(0)
print(len(str(10**9000)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(maxdigits=4300)
print(f"{10**4299}"[:3], sys.get_int_max_str_digits())
