ba = bytearray(b"mid")
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
ba.extend(range(48, 50))
ba.insert(0, ord(">"))
ba.insert(-1, 95)
ba.insert(100, 60)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("?"))
print(ba)
ba.reverse()
print(ba)
copy = ba.copy()
copy.append(46)
print(ba, copy)
ba.clear()
print(ba, len(ba), copy.upper())
for bad in [256, -1]:
    try:
        copy.append(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    copy.extend(7)
except TypeError as e:
    print("TypeError:", e)
try:
    copy.remove(ord("z"))
except ValueError as e:
    print("ValueError:", e)
