print("straße".upper(), "ÉCOLE".lower(), "ǅ".lower(), "ǆ".title())
print("ﬁ".upper(), len("ﬁ".upper()))
for w in ["hello", "ΑΒΓ", "ЖУК"]:
    print(w.upper(), w.lower(), w.swapcase())
