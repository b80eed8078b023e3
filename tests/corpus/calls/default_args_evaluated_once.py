import_count = 0
def default_value():
    global import_count
    import_count += 1
    return import_count

def f(x=default_value()):
    return x

print(f(), f(), f(5), import_count)
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2))
