# %d/%x/%o with a precision: zeros reach the precision after the sign and
# the 0x prefix, then the width pads (spaces, or zeros under the 0 flag).
for fmt in ["%7.3d", "%-7.3d|", "%07.3d", "%+7.3d", "% 7.3d", "%#9.4x", "%#-9.4X|", "%.5o", "%#09.3o", "%.0d"]:
    print(fmt, [fmt % v for v in (-45, 0, 45)])
print("%*.*d" % (6, 4, 7), "%-*.*x|" % (6, 3, 255))
