# The TypeErrors and RuntimeErrors of bad awaitables, async iterators and context managers, and of a reused coroutine.
class A:
    async def __aenter__(self): pass
async def f():
    async with A(): pass
c=f()
try: c.send(None)
except Exception as e: print(type(e).__name__, e)
class B:
    def __aenter__(self): return 1
    def __aexit__(self,*a): return 1
async def g():
    async with B(): pass
try: g().send(None)
except Exception as e: print(type(e).__name__, e)
async def h():
    async with 5: pass
try: h().send(None)
except Exception as e: print(type(e).__name__, e)
async def k():
    async for x in 5: pass
try: k().send(None)
except Exception as e: print(type(e).__name__, e)
class C:
    def __aiter__(self): return 3
async def k2():
    async for x in C(): pass
try: k2().send(None)
except Exception as e: print(type(e).__name__, e)
class D:
    def __aiter__(self): return self
    def __anext__(self): return 3
async def k3():
    async for x in D(): pass
try: k3().send(None)
except Exception as e: print(type(e).__name__, e)
async def k4():
    await 3
try: k4().send(None)
except Exception as e: print(type(e).__name__, e)
class E:
    def __await__(self): return 3
async def k5():
    await E()
try: k5().send(None)
except Exception as e: print(type(e).__name__, e)
async def k6(): return 7
c = k6()
try: c.send(None)
except StopIteration as e: print('stop', e.value)
try: c.send(None)
except Exception as e: print(type(e).__name__, e)
print(type(c).__name__)
try: iter(c)
except Exception as e: print(type(e).__name__, e)
try: next(c)
except Exception as e: print(type(e).__name__, e)
