def parse(text):
    try:
        value = int(text)
    except ValueError as error:
        print("bad:", error)
        value = None
    else:
        print("ok")
    finally:
        print("done")
    return value

parse("12")
parse("x")
