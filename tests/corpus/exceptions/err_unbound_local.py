count = 0
def bump():
    print("bumping")
    count += 1
bump()
