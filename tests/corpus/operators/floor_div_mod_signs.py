for a in [7, -7]:
    for b in [3, -3]:
        print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, 7.5 % 2)
print(-7.5 // 2, -7.5 % 2)
print(7.5 // -2, 7.5 % -2)
print(-1 % 5, 1 % -5)
print(0 % 5, 0 // -5)
print(5.0 % 3, -5.0 % 3)
print(-0.0 % 5)
