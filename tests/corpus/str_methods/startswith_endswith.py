s = 'filename.txt'
print(s.startswith('file'), s.startswith('name'))
print(s.endswith('.txt'), s.endswith('.py'))
print(s.endswith(('.py', '.txt')), s.startswith(('a', 'b')))
print(s.startswith(''), ''.endswith(''))
print(s.startswith('name', 4))
for f in ['a.py', 'b.rs', 'c.PY']:
    print(f, f.lower().endswith(('.py', '.pyw')))
