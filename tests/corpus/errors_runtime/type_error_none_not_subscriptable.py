def get():
    pass
r = get()
print(r)
print(r['key'])
