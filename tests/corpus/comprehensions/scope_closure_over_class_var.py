class A:
    base = 10
    values = [1, 2, 3]
    first = [v for v in values]
    try:
        bad = [base + v for v in values]
    except NameError as e:
        msg = str(e)

print(A.first)
print(A.msg)
