# PENDING: move to tests/py/cases/io/ once its blocker is merged (see the next line).
# Blocked by time.localtime (the osmods branch adds it); passes with it stubbed.
# logging: basicConfig to a StringIO stream, formatters, levels, handlers, exception logging.
import io
import logging

stream = io.StringIO()
logging.basicConfig(stream=stream, level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s')
log = logging.getLogger('app')
log.debug('hidden')
log.info('shown %d', 1)
log.warning('careful')
child = logging.getLogger('app.child')
child.error('from child')
print(stream.getvalue())
second = io.StringIO()
handler = logging.StreamHandler(second)
handler.setFormatter(logging.Formatter('[%(levelname)-8s] %(message)s | %(funcName)s'))
other = logging.getLogger('other')
other.addHandler(handler)
other.propagate = False
other.setLevel(logging.DEBUG)
other.debug('debugging')
try:
    {}['missing']
except KeyError:
    other.exception('lookup failed')
lines = second.getvalue().splitlines()
print(lines[0], lines[1], lines[-1])
print(logging.getLevelName(30), logging.getLevelName('ERROR'), log.isEnabledFor(logging.DEBUG))
logging.disable(logging.CRITICAL)
log.critical('suppressed')
logging.disable(logging.NOTSET)
print(stream.getvalue().count('\n'), log.getEffectiveLevel())
