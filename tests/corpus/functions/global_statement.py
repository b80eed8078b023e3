count = 0
def increment():
    global count
    count += 1
def reset():
    global count
    count = 0
increment()
increment()
print(count)
reset()
print(count)
def define_new():
    global brand_new
    brand_new = 'created inside function'
define_new()
print(brand_new)
def read_only():
    return count + 100
print(read_only())
