def cleanup(items):
    return items['missing']

def work():
    items = {}
    try:
        return 1 / len(items)
    except ZeroDivisionError:
        cleanup(items)

work()
