# a comment on its own line
total = (1 +   # a comment inside brackets
         2 +
         3)
items = [
    'a',
    'b',
]
long_line = 1 + \
    2

if total:  # trailing comment
    print(total, items, long_line)
