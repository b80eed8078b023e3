f = lambda: zzz_undefined_name * 2
print('lambda defined')
print(f())
