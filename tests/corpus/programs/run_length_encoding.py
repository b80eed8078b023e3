def encode(s):
    if not s:
        return []
    out = []
    current = s[0]
    count = 1
    for ch in s[1:]:
        if ch == current:
            count += 1
        else:
            out.append((current, count))
            current = ch
            count = 1
    out.append((current, count))
    return out

def decode(pairs):
    s = ''
    for ch, n in pairs:
        s += ch * n
    return s

def compact(pairs):
    out = ''
    for ch, n in pairs:
        out += (str(n) if n > 1 else '') + ch
    return out

for text in ['aaabccddddd', 'abc', '', 'zzzzzzzzzzzz', 'héééllo']:
    enc = encode(text)
    print(repr(text), enc, compact(enc), decode(enc) == text)
