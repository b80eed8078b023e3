import helper_counter

print("counter starts at", helper_counter.count)
print("importing a module that fails")
import helper_bad_import
print("unreachable")
