def setter(v):
    global later
    later = v
def getter():
    return later
try:
    getter()
except NameError as e:
    print('NameError:', e)
setter(42)
print(getter())
setter([1, 2])
print(later)
