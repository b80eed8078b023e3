files = ["a.py", "b.txt", "c.PY", "d.md", "readme"]
print([f for f in files if f.endswith((".py", ".md"))])
print([f for f in files if f.lower().endswith(".py")])
print("prefix_x".startswith(("pre", "post")), "hello".startswith("ell", 1), "hello".endswith("ll", 0, 4))
