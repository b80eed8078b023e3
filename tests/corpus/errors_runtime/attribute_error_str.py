s = 'text'
print(s.upper())
s.push('x')
