print("first import:")
import helper_noisy
print("second import:")
import helper_noisy
from helper_noisy import VALUE
print(VALUE, helper_noisy.describe())
