def div(a, b, /):
    return a / b

print(div(6, 3))
div(a=6, b=3)
