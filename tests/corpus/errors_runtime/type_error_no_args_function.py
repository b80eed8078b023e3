def hello():
    return 'hi'
print(hello())
hello('extra')
