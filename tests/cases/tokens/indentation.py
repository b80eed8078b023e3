def outer(n):
    if n > 0:
        for i in range(n):
            if i % 2:
                print(i)
    else:
        pass
    return n
outer(3)
