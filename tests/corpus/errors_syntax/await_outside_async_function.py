# 'await' in a plain def is a SyntaxError before anything runs.
print('never printed')

def f(x):
    return await x
