def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)

print(total())
print(total(1))
print(total(1, 2, 3))
xs = [4, 5]
print(total(*xs, 6, *range(2)))
