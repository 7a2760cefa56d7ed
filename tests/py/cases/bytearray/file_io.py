# binary files take any bytes-like object: bytes, bytearray, memoryview. The file name is unique per process.
path = '/tmp/pystm_bytearray_io_%d.bin' % id(object())
with open(path, 'wb') as f:
    print(f.write(b'ab'), f.write(bytearray(b'cd')), f.write(memoryview(b'xefx')[1:3]), f.write(memoryview(b'\x01\x00\x00\x00').cast('i')))
    try:
        f.write('text')
    except TypeError as e:
        print('TypeError', e)
with open(path, 'rb') as f:
    data = f.read()
print(data, bytearray(data), memoryview(data)[2:4].tobytes())
