s = {10, 20, 30}
c = s.copy()
popped = []
while s:
    popped.append(s.pop())
print(sorted(popped), s, sorted(c))
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
