# SystemExit is not an Exception subclass: except Exception does not catch it.
def run(code):
    try:
        raise SystemExit(code)
    except Exception:
        print('wrongly caught by except Exception')
    return 'unreachable'


try:
    run(5)
except SystemExit as e:
    print('caught SystemExit, code', e.code, repr(e))
try:
    raise SystemExit('message')
except SystemExit as e:
    print('code is', repr(e.code), str(e))
try:
    raise SystemExit()
except SystemExit as e:
    print('no code:', e.code)
print(isinstance(SystemExit(1), Exception))
print('now exiting with a message')
raise SystemExit('fatal: giving up')
