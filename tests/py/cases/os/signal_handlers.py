import signal, os, sys
got = []
def h(signum, frame):
    got.append(signum)
    print("handler", signal.Signals(signum).name)
old = signal.signal(signal.SIGUSR1, h)
print(old)
os.kill(os.getpid(), signal.SIGUSR1)
print("after kill", got)
print(signal.getsignal(signal.SIGUSR1) is h)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGPIPE))
try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not reached")
except KeyboardInterrupt:
    print("KeyboardInterrupt caught")
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR2)
print(signal.getsignal(signal.SIGUSR2))
print(signal.SIGINT, repr(signal.SIGINT), int(signal.SIGTERM))
print(signal.strsignal(signal.SIGINT))
print(len(signal.valid_signals()), signal.NSIG)
try:
    signal.signal(signal.SIGKILL, h)
except OSError as e:
    print(type(e).__name__, e)
try:
    signal.signal(1000, h)
except ValueError as e:
    print(e)
try:
    signal.signal(signal.SIGUSR1, 5)
except TypeError as e:
    print(e)
# alarm interrupts a loop
def on_alarm(s, f):
    raise TimeoutError("alarm!")
signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    n = 0
    while True:
        n += 1
except TimeoutError as e:
    print("loop interrupted:", e)
signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.05)
import time
try:
    time.sleep(2)
except TimeoutError as e:
    print("sleep interrupted:", e)
old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
print(old)
print(signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1]))
signal.signal(signal.SIGINT, signal.SIG_DFL)
print(signal.getsignal(signal.SIGINT))
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KI again")
os.kill(os.getpid(), signal.SIGINT)
