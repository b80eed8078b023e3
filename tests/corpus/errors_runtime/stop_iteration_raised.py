print('about to stop')
raise StopIteration('done')
