# `s = s + t` and `s += t` may grow the string in place only when nothing
# else holds it: aliases, self-concatenation and containers must not change.
def build():
    s = "ab"
    alias = s
    s = s + "c"
    print(alias, s)
    kept = [s]
    s += "d"
    print(kept, s)
    s = s + s
    print(s)
    for ch in "xyz":
        s = s + ch
    print(s, len(s))
    t = str(7)
    u = t
    t += "0"
    print(u, t, str(3) + str(4), str(-12), str(10**20))
    return s


build()
letters = [c for c in "hello"]
print(letters, "hello"[1], chr(65), chr(233), chr(0x263A))
