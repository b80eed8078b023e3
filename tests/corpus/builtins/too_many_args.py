# Builtins given too many arguments refuse them, each in CPython's wording.
calls = [
    ("round", (2.5, 1, 0)),
    ("pow", (2, 3, 5, 7)),
    ("dir", (1, 2)),
    ("vars", (1, 2)),
    ("globals", (1,)),
    ("locals", (1, 2)),
]
for name, args in calls:
    f = getattr(__builtins__, name)
    try:
        f(*args)
        print(name, "accepted")
    except TypeError as e:
        print(name, e)
