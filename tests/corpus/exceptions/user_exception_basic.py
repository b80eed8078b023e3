class AppError(Exception):
    pass

class NotFound(AppError):
    pass

def find(k):
    if k != "ok":
        raise NotFound("missing: " + k)
    return 1

for k in ["ok", "nope"]:
    try:
        print(find(k))
    except AppError as e:
        print(type(e).__name__, e, e.args)
