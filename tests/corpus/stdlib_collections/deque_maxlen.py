from collections import deque
recent = deque(maxlen=3)
for i in range(6):
    recent.append(i)
    print(list(recent))
print(recent, recent.maxlen)
