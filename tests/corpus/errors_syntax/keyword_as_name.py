print('never')
class = 'reserved'
