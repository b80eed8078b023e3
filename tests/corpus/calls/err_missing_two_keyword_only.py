def fetch(*, url, timeout):
    return url, timeout

print(fetch(url="u", timeout=3))
fetch()
