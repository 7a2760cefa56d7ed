// gc/finalization.h — objects the client wants to hear about once when they
// become unreachable (Python's __del__, a suspended generator's close()).
// Owns: the registry of finalizable objects and the queue of those a
// collection found unreachable. Must never: run client code (the client
// takes the queue and runs its finalizers itself, outside the collection);
// hand an object out twice.
//
// A collection that finds a registered object unmarked after marking keeps
// it — and everything it reaches — alive for one more cycle and queues it;
// the queue is a root until the client takes it. Only objects that exist
// for good may be registered (the STM registers an object when the
// transaction that made it commits).
#pragma once
#include <cstddef>
#include <vector>

#include "gc/object_header.h"

namespace pystm::gc {

// `object` (canonical address) is to be queued once it is unreachable.
void register_finalizable(ObjectHeader* object);
// True when a collection queued objects nobody has taken yet (cheap).
bool finalizable_ready();
// Moves the queued objects, oldest registration first, into `out`.
void take_ready_finalizable(std::vector<ObjectHeader*>& out);

}  // namespace pystm::gc
