import sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
