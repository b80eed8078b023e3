from functools import lru_cache
@lru_cache(maxsize=32)
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(10, 10), grid_paths(16, 16))
info = grid_paths.cache_info()
print(info.hits > 0, info.maxsize, info.currsize <= 32)
