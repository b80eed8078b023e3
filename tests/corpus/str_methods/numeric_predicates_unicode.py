samples = ["0123456789", "\u0663\u0664", "\u0967", "\uff15", "\u00b2", "\u2460", "\u00bd",
           "\u2167", "\u4e00\u4e8c\u4e09", "\u5341", "12\u00bd", "1.5", "-1", "", "\U0001d7d8", "\u2155"]
for s in samples:
    print(ascii(s), s.isdecimal(), s.isdigit(), s.isnumeric())
