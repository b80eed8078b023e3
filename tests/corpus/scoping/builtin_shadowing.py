def use_len(s):
    return len(s)
print(use_len('abc'))
len = lambda s: 'shadowed'
print(len('abc'), use_len('abc'))
del len
print(len('abc'))
def local_shadow():
    max = 'local max'
    return max
print(local_shadow(), max(1, 2))
