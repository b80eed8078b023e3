print(", ".join(["a", "b", "c"]), "".join("xyz"), "-".join(str(i) for i in range(4)))
print(" ".join([]), "|".join(("only",)), "\n".join(["l1", "l2"]))
print("".join(sorted("hello")))
table = [["a", "b"], ["c", "d"]]
print("\n".join(",".join(row) for row in table))
print("/".join(map(str, [2024, 1, 15])))
