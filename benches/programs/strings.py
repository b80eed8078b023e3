"""Benchmark: string building (concatenation, join, split, % formatting, methods)."""


def concat(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s


def formatted(n):
    parts = []
    for i in range(n):
        parts.append("%d:%s:%5.2f|%-4s|%x" % (i, "ab" * (i % 3), i / 7, "z", i))
    return ",".join(parts)


def words(text):
    total = 0
    for line in text.split("\n"):
        fields = line.split(",")
        total += len(fields)
        for f in fields:
            if f.startswith("1"):
                total += len(f.upper())
            total += f.count(":")
    return total


def main():
    check = 0
    for r in range(30):
        s = concat(50000)
        check += len(s) + s.count("7")
        f = formatted(20000)
        check += len(f) % 100000
        text = "\n".join([f[i:i + 200] for i in range(0, len(f), 200)])
        check += words(text)
        rev = "".join(reversed(s[:1000]))
        check += len(rev.replace("1", "one").strip("0"))
        check += r
    print("strings: %d" % check)


main()
