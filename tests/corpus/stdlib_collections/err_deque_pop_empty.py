from collections import deque
d = deque([1])
print(d.pop())


def trigger():
    d.pop()


trigger()
