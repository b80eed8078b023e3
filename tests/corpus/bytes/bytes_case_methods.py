words = [b"hello world", b"HELLO World", b"they're bill's friends", b"\xe9t\xe9 ABC", b"123abc", b""]
for w in words:
    print(w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
ba = bytearray(b"MiXeD")
print(ba.upper(), ba.lower(), ba.swapcase(), ba)
