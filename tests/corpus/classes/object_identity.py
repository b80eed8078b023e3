class Node:
    pass

a = Node()
b = Node()
c = a
print(a is c, a is b, a is not b)
print(id(a) == id(c), id(a) == id(b))
print(a == c, a == b)
