def first_even(nums):
    for n in nums:
        if n % 2 == 0:
            print('first even', n)
            break
    else:
        print('no even numbers')
first_even([1, 3, 4, 5])
first_even([1, 3, 5])
first_even([])
for i in range(3):
    if i == 5:
        break
else:
    print('completed, i =', i)
