class C:
    pass

def try_match(subject, cls):
    try:
        match subject:
            case cls(1):
                return "matched"
        return "no match"
    except TypeError as e:
        return f"TypeError: {e}"

print(try_match(C(), C))
print(try_match(5, 5))
print(try_match("x", C))
print(try_match(5, int))
print(try_match(5, float))
