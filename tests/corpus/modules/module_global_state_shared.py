import helper_counter
from helper_uses_other import make_and_count

c = make_and_count(3)
make_and_count(4)
print(helper_counter.count, c.r)
