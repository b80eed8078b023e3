print('never')
'name' = 'value'
