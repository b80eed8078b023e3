# io.StringIO and io.BytesIO: writing, reading, seeking, capturing print output.
import io, sys
s = io.StringIO()
s.write("hello\n")
print("world", file=s)
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read()), s.read() == "")
t = io.StringIO("a\nb\nc")
print(list(t), t.closed)
for line in io.StringIO("x\ny\n"):
    print(repr(line))
old = sys.stdout
sys.stdout = buf = io.StringIO()
print("captured", 42)
sys.stdout = old
print(repr(buf.getvalue()))
b = io.BytesIO(b"abc")
print(b.read(2), b.read(), b.getvalue(), b.tell())
b.write(b"xyz")
print(b.getvalue(), b.seek(0), b.read())
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
try:
    c.read()
except ValueError as e:
    print(e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, issubclass(io.UnsupportedOperation, OSError))
s = io.StringIO("line1\nline2\n")
print(s.readlines(), s.readline() == "")
s = io.StringIO()
s.write("abc")
s.seek(1)
s.write("X")
print(s.getvalue(), s.truncate(2), s.getvalue())
try:
    io.StringIO().write(5)
except TypeError as e:
    print(e)
try:
    io.BytesIO().write("s")
except TypeError as e:
    print(e)
