# A pipeline of generators: each stage pulls values from the one before.

def read_lines(text):
    print("  [read_lines starts]")
    for line in text.split("\n"):
        yield line
    print("  [read_lines ends]")


def numbers(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            yield int(line)


def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total


text = """# readings
3
  4
# a comment
5
"""

stage = read_lines(text)
print(type(stage).__name__, "created; nothing has run yet")
totals = running_total(numbers(stage))
print("first total:", next(totals))
for t in totals:
    print("total:", t)

squares = (n * n for n in range(1, 6))
print(type(squares).__name__, sum(squares), sum(squares))
print(list(zip("abc", (len(w) for w in ["one", "three", "five"]))))
