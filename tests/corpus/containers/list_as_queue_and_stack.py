stack = []
for i in range(3):
    stack.append(i)
print(stack.pop(), stack.pop(), stack)
queue = ["a", "b", "c"]
queue.append("d")
print(queue.pop(0), queue.pop(0), queue)
