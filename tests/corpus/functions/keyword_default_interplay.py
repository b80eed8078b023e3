def make_tag(name, content='', cls=None, closed=True):
    attrs = ''
    if cls is not None:
        attrs = ' class="%s"' % cls
    if not closed:
        return '<%s%s>' % (name, attrs)
    return '<%s%s>%s</%s>' % (name, attrs, content, name)
print(make_tag('p', 'hello'))
print(make_tag('div', cls='box'))
print(make_tag('br', closed=False))
print(make_tag(content='x', name='b', cls='bold'))
