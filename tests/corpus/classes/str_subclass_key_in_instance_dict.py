# A str-subclass key put in an instance's __dict__ is the attribute of that name.
class S(str):
    pass
class C:
    pass
c = C()
c.__dict__[S("z")] = 9
print(c.z, hasattr(c, "z"), getattr(c, "z"))
c.z = 10
print(c.z, len(vars(c)), [type(k).__name__ for k in vars(c)])
c.w = 1
c.__dict__[S("w")] = 2
print(c.w, len(vars(c)))
