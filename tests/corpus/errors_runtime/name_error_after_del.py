temporary_data = 5
print(temporary_data)
del temporary_data
print(temporary_data)
