def my_for(iterable, body):
    it = iter(iterable)
    while True:
        try:
            x = next(it)
        except StopIteration:
            break
        body(x)

my_for("xyz", print)
acc = []
my_for(range(4), acc.append)
print(acc)
