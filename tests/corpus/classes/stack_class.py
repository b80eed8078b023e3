class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        return self._items.pop()
    def peek(self):
        return self._items[-1]
    def empty(self):
        return not self._items

s = Stack()
for ch in "abc":
    s.push(ch)
print(s.peek())
while not s.empty():
    print(s.pop(), end=" ")
print()
