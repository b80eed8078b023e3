print('empty message')
raise ValueError('')
