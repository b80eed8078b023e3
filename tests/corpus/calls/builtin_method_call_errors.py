# Calling a builtin method through its type checks self, then keywords, then the count.
def show(call):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


show(lambda: list.append())
show(lambda: list.append(5, 1))
show(lambda: list.append([], item=1))
show(lambda: [].append(item=1))
show(lambda: set.add(set(), 1, 2))
show(lambda: dict.keys("abc"))
show(lambda: str.lower())
box = []
list.append(box, 3)
print(box, str.upper("ok"))
