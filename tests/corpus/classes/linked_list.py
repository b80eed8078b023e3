class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt

class LinkedList:
    def __init__(self):
        self.head = None
    def push(self, v):
        self.head = Node(v, self.head)
    def to_list(self):
        out = []
        n = self.head
        while n is not None:
            out.append(n.val)
            n = n.next
        return out
    def reverse(self):
        prev = None
        n = self.head
        while n:
            n.next, prev, n = prev, n, n.next
        self.head = prev

ll = LinkedList()
for i in range(5):
    ll.push(i)
print(ll.to_list())
ll.reverse()
print(ll.to_list())
