print(chr(65), chr(97), chr(48), chr(233), chr(0x4e2d), chr(128512))
print(ord('A'), ord('a'), ord(' '), ord('\n'), ord('é'), ord('€'))
print(repr(chr(0)), repr(chr(127)), repr(chr(10)))
s = 'Hello'
codes = []
for c in s:
    codes.append(ord(c))
print(codes)
out = ''
for c in codes:
    out += chr(c + 1)
print(out)
