def todo():
    raise NotImplementedError('todo: implement me')
print('working')
todo()
