def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ('+', '-', '*', '/'):
            if len(stack) < 2:
                raise ValueError('stack underflow at %r' % tok)
            b = stack.pop()
            a = stack.pop()
            if tok == '+':
                stack.append(a + b)
            elif tok == '-':
                stack.append(a - b)
            elif tok == '*':
                stack.append(a * b)
            else:
                stack.append(a / b)
        else:
            stack.append(int(tok) if '.' not in tok else float(tok))
    if len(stack) != 1:
        raise ValueError('leftover stack: %r' % (stack,))
    return stack[0]

for e in ['3 4 +', '5 1 2 + 4 * + 3 -', '2 3 4 * +', '1.5 2 *', '10 4 /', '+', '1 2', '1 0 /', 'x']:
    try:
        print(repr(e), '=', rpn(e))
    except ValueError as err:
        print(repr(e), 'ValueError:', err)
    except ZeroDivisionError as err:
        print(repr(e), 'ZeroDivisionError:', err)
