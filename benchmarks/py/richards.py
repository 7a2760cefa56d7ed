# benchmarks/py/richards.py — a small operating-system scheduler in the style
# of Martin Richards' benchmark: an idle task, a worker, two handlers and two
# devices exchange packets through priority-scheduled queues. Object
# attribute access, method calls and linked lists. Written for pystm.
ITERATIONS = 32
COUNT = 10000

IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5
KIND_DEVICE = 0
KIND_WORK = 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.count = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue, waiting):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = queue is not None
        self.waiting = waiting
        self.held = False
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def take_packet(self):
        if self.waiting and self.packet_pending:
            packet = self.queue
            self.queue = packet.link
            self.packet_pending = self.queue is not None
            self.waiting = False
            return packet
        return None

    def add_packet(self, packet, current):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current


class IdleTask(Task):
    def __init__(self, sched, count):
        super().__init__(sched, IDLE, 0, None, False)
        self.control = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_current()
        if self.control & 1 == 0:
            self.control = self.control >> 1
            return self.sched.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        super().__init__(sched, WORKER, 1000, queue, True)
        self.destination = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.sched.suspend_current()
        if self.destination == HANDLER_A:
            self.destination = HANDLER_B
        else:
            self.destination = HANDLER_A
        packet.ident = self.destination
        packet.count = 0
        for i in range(4):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = self.letter
        return self.sched.send(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue, True)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            n = work.count
            if n < 4:
                if self.devices is not None:
                    dev = self.devices
                    self.devices = dev.link
                    dev.count = work.data[n]
                    work.count = n + 1
                    return self.sched.send(dev)
            else:
                self.work = work.link
                return self.sched.send(work)
        return self.sched.suspend_current()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority, None, True)
        self.pending = None
        self.printed = 0

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.sched.suspend_current()
            p = self.pending
            self.pending = None
            return self.sched.send(p)
        self.pending = packet
        self.printed += packet.count
        return self.sched.hold_current()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.sent = 0
        self.holds = 0

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def hold_current(self):
        self.holds += 1
        self.current.held = True
        return self.current.link

    def suspend_current(self):
        self.current.waiting = True
        return self.current

    def send(self, packet):
        target = self.table[packet.ident]
        self.sent += 1
        packet.link = None
        packet.ident = self.current.ident
        return target.add_packet(packet, self.current)

    def run(self):
        self.current = self.tasks
        while self.current is not None:
            t = self.current
            if t.held or (t.waiting and not t.packet_pending):
                self.current = t.link
            else:
                self.current = t.run(t.take_packet())


def richards(count):
    s = Scheduler()
    IdleTask(s, count)
    work = Packet(None, WORKER, KIND_WORK)
    work = Packet(work, WORKER, KIND_WORK)
    WorkerTask(s, work)
    for ident, priority in [(HANDLER_A, 2000), (HANDLER_B, 3000)]:
        q = None
        for i in range(3):
            q = Packet(q, ident + 2, KIND_DEVICE)
        HandlerTask(s, ident, priority, q)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.run()
    return s.sent, s.holds, s.table[DEVICE_A].printed + s.table[DEVICE_B].printed


results = [richards(COUNT) for i in range(ITERATIONS)]
print('richards', COUNT, ITERATIONS, results[0], results[-1] == results[0])
