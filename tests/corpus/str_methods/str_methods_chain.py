raw = "  Name: ALICE smith ; Age : 30  "
name_part, age_part = raw.strip().split(";")
name = name_part.split(":")[1].strip().title()
age = int(age_part.split(":")[1])
print(repr(name), age)
print("-".join(name.lower().split()))
