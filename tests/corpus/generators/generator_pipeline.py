def read_lines():
    for line in ["10", "x", "20", "", "30"]:
        yield line

def non_empty(lines):
    return (l for l in lines if l)

def numbers(lines):
    for l in lines:
        if l.isdigit():
            yield int(l)

print(sum(numbers(non_empty(read_lines()))))
print(list(numbers(read_lines())))
