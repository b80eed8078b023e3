# Importing a module that sits next to the script.
import sys

print("before:", "modules_helper" in sys.modules)
import modules_helper
print("after:", "modules_helper" in sys.modules)

import modules_helper as again
from modules_helper import greet as hello, VERSION


def use_it():
    import modules_helper
    return modules_helper.greet("function")


print(again is modules_helper, sys.modules["modules_helper"] is modules_helper)
print(hello("world"), use_it(), VERSION)
print("calls:", modules_helper.calls)
print("this file is", __name__, "and the helper is", modules_helper.__name__)

from collections import Counter
import math
print(Counter("banana").most_common(1), math.sqrt(2.25))

try:
    import no_such_module
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    from modules_helper import nothing
except ImportError as e:
    print(type(e).__name__ + ":", str(e).split(" (")[0])
