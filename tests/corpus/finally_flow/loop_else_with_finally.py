for i in range(3):
    try:
        pass
    finally:
        print("f", i)
else:
    print("else ran")
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("g", i)
else:
    print("else not run")
