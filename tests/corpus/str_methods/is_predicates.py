samples = ["123", "12.5", "abc", "Abc1", "", "   ", "\t\n", "ABC", "abc def", "½", "٣", "Title Case"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower(), s.istitle())
