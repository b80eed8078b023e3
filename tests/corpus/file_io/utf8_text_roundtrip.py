import os
path = "tmp_utf8_text_roundtrip.txt"
text = "naïve café – 日本語\n"
with open(path, "w", encoding="utf-8") as f:
    f.write(text)
with open(path, "rb") as f:
    raw = f.read()
print(len(text), len(raw))
with open(path, encoding="utf-8") as f:
    print(f.read() == text)
os.remove(path)
