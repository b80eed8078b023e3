text = "The rain in Spain stays mainly in the plain"
words = text.lower().split()
print([w for w in words if "ain" in w])
print({w: words.count(w) for w in words if words.count(w) > 1})
print("".join(c for c in text if c.isupper()))
print([w[::-1] for w in words[:3]])
