records = [('a', 3), ('b', 1), ('c', 3), ('d', 2), ('e', 1), ('f', 3)]
by_num = sorted(records, key=lambda r: r[1])
print(by_num)
rev = sorted(records, key=lambda r: r[1], reverse=True)
print(rev)
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
lst = [5, 1, 4, 1, 5]
lst.sort(key=lambda x: -x)
print(lst)
