# Flag and IntFlag: |, &, ^, ~, in, iteration, bool.
from enum import Flag, IntFlag


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), repr(Perm(0)))
print(rw & Perm.R, repr(rw ^ Perm.R), repr(~Perm.R), Perm(6) is rw, Perm(7))


class Open(IntFlag):
    RD = 1
    WR = 2
    CREATE = 64


mode = Open.RD | Open.CREATE
print(mode, repr(mode), mode == 65, Open.WR in mode, repr(Open.RD | 8), int(mode))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
