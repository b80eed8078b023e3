class Node:
    __match_args__ = ("value", "children")

    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

def total(tree):
    match tree:
        case Node(v, []):
            return v
        case Node(v, [*kids]):
            return v + sum(total(k) for k in kids)

t = Node(1, [Node(2), Node(3, [Node(4), Node(5)])])
print(total(t))

def describe(n):
    match n:
        case Node(value=v, children=[Node(value=c)]):
            return f"{v} with one child {c}"
        case Node(value=v, children=[]):
            return f"leaf {v}"
        case Node(value=v):
            return f"{v} with {len(n.children)} children"

print(describe(Node(1, [Node(2)])))
print(describe(Node(7)))
print(describe(t))
