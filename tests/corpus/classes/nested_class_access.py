class Tree:
    class Node:
        def __init__(self, value):
            self.value = value
            self.children = []
    def __init__(self, v):
        self.root = Tree.Node(v)

t = Tree(1)
t.root.children.append(Tree.Node(2))
t.root.children.append(Tree.Node(3))
print(t.root.value, [c.value for c in t.root.children])
