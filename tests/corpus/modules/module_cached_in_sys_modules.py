import sys
import helper_counter
import helper_counter as again
from helper_counter import bump

print(helper_counter is again)
print(bump(), bump(), helper_counter.count)
print("helper_counter" in sys.modules)
print(sys.modules["helper_counter"] is helper_counter)
