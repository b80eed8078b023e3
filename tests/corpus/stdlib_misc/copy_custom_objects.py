import copy
class Node:
    def __init__(self, v, kids=None):
        self.v = v
        self.kids = kids or []
root = Node(1, [Node(2), Node(3)])
c = copy.copy(root)
d = copy.deepcopy(root)
root.kids.append(Node(4))
print(len(c.kids), len(d.kids), c.kids is root.kids, d.kids[0] is root.kids[0])
print(d.v, [k.v for k in d.kids])
