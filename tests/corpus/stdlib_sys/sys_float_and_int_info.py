import sys
print(sys.float_info.max, sys.float_info.epsilon)
print(sys.float_info.dig, sys.float_info.mant_dig)
print(sys.maxsize > 2**31)
