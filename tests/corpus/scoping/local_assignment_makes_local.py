count = 10
def f():
    if False:
        count = 0
    try:
        return count
    except UnboundLocalError as e:
        return 'error: ' + str(e)
print(f())
def g():
    for count in range(3):
        pass
    return count
print(g(), count)
