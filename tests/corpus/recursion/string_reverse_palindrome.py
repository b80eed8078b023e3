def rev(s):
    if s == '':
        return s
    return rev(s[1:]) + s[0]
def is_pal(s):
    if len(s) < 2:
        return True
    if s[0] != s[-1]:
        return False
    return is_pal(s[1:-1])
for w in ['racecar', 'hello', 'a', '', 'abba', 'été']:
    print(repr(w), repr(rev(w)), is_pal(w))
