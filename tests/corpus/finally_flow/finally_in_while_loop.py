n = 0
while True:
    try:
        n += 1
        if n == 3:
            break
        if n == 1:
            continue
        print("n =", n)
    finally:
        print("finally n =", n)
print("end", n)
