# Adding an empty string gives the other operand back, as CPython does.
s = "abc"
print(s + "" is s, "" + s is s, (s + "x") is s, "" + "" == "")
t = ""
for ch in "xyz":
    t = t + ch
print(t)
u = "q"
u += ""
print(u is u, u)
class S(str):
    pass
v = S("sub")
print(type(v + ""), type("" + v))
