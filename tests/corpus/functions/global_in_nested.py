total = 0
def outer():
    def add(n):
        global total
        total += n
    add(5)
    add(10)
    return total
print(outer(), total)
def shadow():
    total = 'local'
    def reader():
        return total
    return reader()
print(shadow(), total)
