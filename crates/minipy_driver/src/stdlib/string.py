"""Common string constants (a subset of CPython's string module)."""

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split on sep, capitalize each word, join with sep (or a space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class Template:
    """A string class for supporting $-substitutions.

    `$name` and `${name}` are placeholders (names are ASCII identifiers),
    `$$` is a literal `$`. CPython matches these with a regular expression;
    this scans the template by hand, with the same results.
    """

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield (literal_text, kind, name, start) for each placeholder,
        then (tail, None, None, None). kind is 'named', 'braced',
        'escaped' or 'invalid'; start is the delimiter's index (for an
        invalid one, the index after the delimiter)."""
        text = self.template
        delim = self.delimiter
        pos = 0
        n = len(text)
        while True:
            at = text.find(delim, pos)
            if at < 0:
                yield text[pos:], None, None, None
                return
            literal = text[pos:at]
            i = at + len(delim)
            if text.startswith(delim, i):
                yield literal, 'escaped', None, at
                pos = i + len(delim)
                continue
            if i < n and text[i] == '{':
                end = _identifier_end(text, i + 1)
                if end > i + 1 and end < n and text[end] == '}':
                    yield literal, 'braced', text[i + 1:end], at
                    pos = end + 1
                    continue
            else:
                end = _identifier_end(text, i)
                if end > i:
                    yield literal, 'named', text[i:end], at
                    pos = end
                    continue
            # CPython reports where the placeholder should have started.
            yield literal, 'invalid', None, i
            pos = i

    def _invalid(self, start):
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = start - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMapping(kws, mapping)
        parts = []
        for literal, kind, name, start in self._scan():
            parts.append(literal)
            if kind == 'named' or kind == 'braced':
                parts.append(str(mapping[name]))
            elif kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(start)
        return ''.join(parts)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMapping(kws, mapping)
        parts = []
        for literal, kind, name, start in self._scan():
            parts.append(literal)
            if kind == 'named':
                try:
                    parts.append(str(mapping[name]))
                except KeyError:
                    parts.append(self.delimiter + name)
            elif kind == 'braced':
                try:
                    parts.append(str(mapping[name]))
                except KeyError:
                    parts.append(self.delimiter + '{' + name + '}')
            elif kind == 'escaped' or kind == 'invalid':
                parts.append(self.delimiter)
        return ''.join(parts)

    def is_valid(self):
        return all(kind != 'invalid' for _, kind, _, _ in self._scan())

    def get_identifiers(self):
        ids = []
        for _, kind, name, _ in self._scan():
            if (kind == 'named' or kind == 'braced') and name not in ids:
                ids.append(name)
        return ids


def _identifier_end(text, i):
    """The end of the ASCII identifier starting at text[i] (i if none)."""
    n = len(text)
    if i < n and (text[i] == '_' or text[i] in ascii_letters):
        i += 1
        while i < n and (text[i] == '_' or text[i] in ascii_letters
                         or text[i] in digits):
            i += 1
    return i


class _ChainMapping:
    """Keyword arguments looked up before the mapping (collections.ChainMap
    in CPython)."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]
