class A: pass
class B(A): pass

vals = [1, 2.5, "s", [1], (1,), {1: 2}, None, True, A(), B()]
for v in vals:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, (list, tuple, dict)), isinstance(v, (A, str)))
