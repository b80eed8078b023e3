log = []
try:
    try:
        raise KeyError("inner")
    except KeyError:
        log.append("handling KeyError")
        raise ValueError("outer")
except ValueError as e:
    log.append("caught " + repr(e) + " ctx=" + repr(e.__context__))
print(log)
