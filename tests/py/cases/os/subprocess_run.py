# subprocess over _posixsubprocess, select and _io pipes: run/check_output/communicate, errors, timeouts.
import subprocess, sys
r = subprocess.run(['echo', 'hi'], capture_output=True)
print(r)
r = subprocess.run(['/bin/sh', '-c', 'echo out; echo err >&2; exit 4'], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
print(subprocess.check_output(['cat'], input=b'fed through stdin'))
print(subprocess.run('echo $((6*7))', shell=True, stdout=subprocess.PIPE).stdout)
try:
    subprocess.run(['/nonexistent/prog'])
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print(e)
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(b'x' * 100000)
print(len(out), p.returncode)
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd)
print(subprocess.getoutput('echo getoutput'), subprocess.getstatusoutput('exit 3'))
p = subprocess.Popen([sys.executable, '-c', 'print("python child")'], stdout=subprocess.PIPE)
print(p.communicate()[0].strip().decode(), p.wait())
