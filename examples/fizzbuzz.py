# FizzBuzz: loops, if/elif/else, the % operator on numbers and strings.

def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)


line = []
for i in range(1, 31):
    line.append(fizzbuzz(i))
    if i % 10 == 0:
        print(" ".join(line))
        line = []

counts = {"Fizz": 0, "Buzz": 0, "FizzBuzz": 0, "numbers": 0}
for i in range(1, 101):
    word = fizzbuzz(i)
    if word in counts:
        counts[word] += 1
    else:
        counts["numbers"] += 1

for key in ["Fizz", "Buzz", "FizzBuzz", "numbers"]:
    print("%-8s %3d" % (key, counts[key]))
