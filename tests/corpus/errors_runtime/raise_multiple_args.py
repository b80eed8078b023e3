print('multiple args')
raise Exception('code', 42)
