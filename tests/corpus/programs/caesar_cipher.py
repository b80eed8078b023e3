def shift_char(c, k):
    if 'a' <= c <= 'z':
        return chr((ord(c) - ord('a') + k) % 26 + ord('a'))
    if 'A' <= c <= 'Z':
        return chr((ord(c) - ord('A') + k) % 26 + ord('A'))
    return c

def caesar(text, k):
    out = ''
    for c in text:
        out += shift_char(c, k)
    return out

msg = 'Hello, World! Zebra-xylophone.'
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar(msg, 26) == msg)
print(caesar('abc', -1), caesar('xyz', 55))
for k in range(1, 4):
    print(k, caesar('attack at dawn', k))
