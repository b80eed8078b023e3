print('raising class')
raise NotImplementedError
