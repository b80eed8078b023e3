def kind(z):
    match z:
        case 1+2j:
            return "one plus two j"
        case -3-4j:
            return "minus three minus four j"
        case 5j:
            return "imaginary five"
        case -0.5:
            return "negative half"
    return "no match"

for z in [1+2j, complex(-3, -4), 5j, -0.5, 2j]:
    print(z, kind(z))
