import helper_raises

print("calling into helper")


def trigger():
    helper_raises.explode()


trigger()
