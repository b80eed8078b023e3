from helper_all_list import *

print(public_one(), public_two())
print("not_exported" in globals())
