from string import Template
t = Template("$who likes ${what}!")
print(t.substitute(who="ann", what="tea"))
print(t.safe_substitute(who="bob"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
