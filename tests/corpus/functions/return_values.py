def nothing():
    return
def implicit():
    x = 1
def multiple():
    return 1, 'two', [3]
def early(n):
    if n > 0:
        return 'positive'
    print('not positive')
print(nothing(), implicit())
print(multiple())
a, b, c = multiple()
print(a, b, c)
print(early(5))
print(early(-1))
