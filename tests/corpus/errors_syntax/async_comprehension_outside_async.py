# A list comprehension with 'async for' needs an enclosing async function.
def f(agen):
    return [x async for x in agen]
