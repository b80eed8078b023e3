s = "tab\there\nnewline 'single' \"double\" back\\slash \x00 \u00e9"
print(repr(s))
print(repr("it's"), repr('say "x"'), repr("both ' and \""))
print(len("\n\t\\"))
