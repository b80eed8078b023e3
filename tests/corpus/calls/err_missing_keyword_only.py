def fetch(url, *, timeout):
    return url, timeout

print(fetch("u", timeout=3))
fetch("u")
