"""Counting with a loop: the pairs of instructions the VM fuses."""


def count_evens(numbers):
    total = 0
    for n in numbers:
        if n % 2 == 0:
            total += 1
    return total


print(count_evens(range(10)))
print(count_evens([3, 5, 8, 2**70]))
