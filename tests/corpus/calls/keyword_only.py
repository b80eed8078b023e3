def connect(host, *, port=80, secure=False):
    return "%s:%d%s" % (host, port, " (tls)" if secure else "")

print(connect("example"))
print(connect("example", port=443, secure=True))
print(connect(secure=True, host="h"))
try:
    connect("h", 8080)
except TypeError as e:
    print("TypeError:", e)
