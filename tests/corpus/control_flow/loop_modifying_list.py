lst = [1, 2, 3]
for x in lst:
    if x < 3:
        lst.append(x + 10)
print(lst)
nums = [1, 2, 3, 4, 5, 6]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
