class Plain:
    def __str__(self):
        return "plain!"

print(format(Plain()))
print("{}".format(Plain()))
print(f"{Plain()}")
try:
    format(Plain(), ">10")
except TypeError as e:
    print("TypeError:", e)
