stock = {"apple": 3}
print(stock["apple"])


def trigger():
    print(stock["pear"])


trigger()
