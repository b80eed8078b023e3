numbers = [0, 7, 1_000, 0x1F, 0o17, 0b1010, 3.14, 1e-3, .5, 2j, 1_0.0_1]
strings = ['single', "double", '''triple
quoted''', r'raw\n', b'bytes', rb'\x00', u'unicode', f'x={numbers[0]!r:>4}']
escaped = 'tab\tnewline\nquote\'' "adjacent"
