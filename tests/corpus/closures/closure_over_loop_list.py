def make_appenders():
    store = []
    def add(v):
        store.append(v)
        return len(store)
    def show():
        return store
    return add, show
add, show = make_appenders()
add('x')
add('y')
print(add('z'), show())
