# The traceback module prints and formats exceptions as the interpreter
# does for an uncaught one: entries, chained exceptions, limits.
import io
import sys
import traceback


def show(text):
    # The script's absolute path is the machine's business: print its name.
    print(text.replace(__file__, "traceback_module.py"), end="")


def inner(n):
    return 10 // n


def outer(n):
    return inner(n) + 1


try:
    outer(0)
except ZeroDivisionError:
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    show(buf.getvalue())
    text = traceback.format_exc()
    print(text.splitlines()[0], "|", text.splitlines()[-1])

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad lookup") from e
except ValueError as e:
    show("".join(traceback.format_exception(e)))
    print(traceback.format_exception_only(e))
    show("".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)))
    buf = io.StringIO()
    traceback.print_exception(e, limit=0, file=buf, chain=False)
    show(buf.getvalue())

show(traceback.format_exc())
