from contextlib import suppress

with suppress(KeyError):
    {}["missing"]
print("suppressed KeyError")
with suppress(ValueError, TypeError):
    int("x")
print("suppressed ValueError")
