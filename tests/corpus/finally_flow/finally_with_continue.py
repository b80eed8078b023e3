for i in range(4):
    try:
        if i % 2 == 0:
            continue
        print("odd", i)
    finally:
        print("finally", i)
