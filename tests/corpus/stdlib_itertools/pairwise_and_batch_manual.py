from itertools import pairwise, islice
print(list(pairwise([1, 2, 4, 7])))
def batched(it, n):
    it = iter(it)
    while True:
        chunk = list(islice(it, n))
        if not chunk:
            return
        yield chunk
print(list(batched(range(7), 3)))
