# strip with ASCII and non-ASCII sets, case mapping and the digit/alpha tests on ASCII and non-ASCII text, split of both.
for s in ["Hello, World.", "ÄÖü straße", "  x  ", ",,.,", "", "abc123", "Ⅻ", "٣4", "½", "ǅ"]:
    print(repr(s.strip(",.")), repr(s.lstrip(",. ")), repr(s.rstrip(".")), repr(s.strip(",ß")),
          s.lower(), s.upper(), s.isalpha(), s.isdigit(), s.isnumeric(), s.isdecimal(), s.split(), s.split("l"))
