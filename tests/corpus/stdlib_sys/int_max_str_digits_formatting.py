# Every decimal formatting of an int (%d, format "d"/"n", f-strings) obeys the digit limit; hex does not.
import sys
sys.set_int_max_str_digits(4000)
huge = 10**4001
for i, fn in enumerate([lambda: str(huge), lambda: repr(huge), lambda: f"{huge}", lambda: "%d" % huge, lambda: b"%d" % huge, lambda: format(huge, ""), lambda: format(huge, "d"), lambda: format(huge, ",d"), lambda: "%i" % huge, lambda: "%s" % huge, lambda: format(huge, "n"), lambda: f"{huge:>5}"]):
    try:
        fn()
        print(i, "ok")
    except ValueError:
        print(i, "ValueError")
print(len(format(huge, "x")), len("%x" % huge))
