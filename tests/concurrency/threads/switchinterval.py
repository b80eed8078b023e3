# Checks sys.setswitchinterval/getswitchinterval and that threads still all finish with a tiny interval.
import sys
import threading

old = sys.getswitchinterval()
print(old)
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
totals = [0] * 4

def spin(i):
    s = 0
    for k in range(20000):
        s += k
    totals[i] = s

ts = [threading.Thread(target=spin, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(totals)
sys.setswitchinterval(old)
print(sys.getswitchinterval() == old)
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
